import type { Analysis } from './analysis-types';
import { carriesAnswerType, numericEchoes } from './question-type';

/**
 * "What is the garage's hourly rate?", "what would the new retirement age be?": the wh-phrase ends on a measure noun,
 * so the answer is that measure's value; "what does Kim rate…?" uses the noun as a verb (no auxiliary among the words
 * between). Anchored and bounded (at most four words between): linear on any input.
 */
const MEASURE_ASKED =
  /^\W*what(?:['’]s|\s+(?:is|was|are|were|will|would|could|might))?\s+(?:(?:be|the|a|an)\s+)*(?:(?!(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could)\b)[\p{L}'’-]+\s+){0,4}?(rate|price|fee|fare|salary|wage|rent|toll|age)s?\b/iu;
/** A rate given as a share or as a figure per unit ("9 per cent", "1,000 a day", "40 an hour"). */
const RATE_SHAPE = /\d\s?(?:%|per ?cent|percent)|\d[\d,.]*\s+(?:[\p{L}-]+\s+)?(?:a|an|per|every)\s+\p{L}/iu;
/** A sum or share, whose digits are no age ("1.4 billion euros", "$60", "12 per cent"). */
const SUM_OR_SHARE = /\p{Sc}\s?\d[\d,.]*|\d[\d,.]*\s*(?:million|billion|trillion|bn|%|per ?cent|percent)/giu;
/** An age: a number of years a person could be, in digits or in words ("at 64", "to sixty-four"). */
const AGE_SHAPE = /\b(?:1[5-9]|[2-9]\d)\b(?![.,]\d)|\b(?:fifty|sixty|seventy|eighty)\b/i;

/**
 * Whether the best sentence names the asked measure's thing but gives no value of that kind (audit 55 B-a55-35): "a
 * small increase in the garage's hourly rate" gives no rate, and "savings of 2.6 billion euros … after the legal age"
 * no age. A price, fee or wage wants a sum of money, a rate a sum or a share or a figure per unit, an age a number of
 * years (not a sum: "2.6 billion" is no age). Any other what-question is left to the ranker.
 */
export function measureValueAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  const noun = MEASURE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (noun === undefined) return undefined;
  const text = analysis.sentences[best]!.text;
  const echoes = numericEchoes(question);
  const given =
    noun === 'age'
      ? AGE_SHAPE.test(text.replace(SUM_OR_SHARE, ' '))
      : carriesAnswerType('money', text, echoes) || (noun === 'rate' && RATE_SHAPE.test(text));
  return given ? undefined : 'The article does not give that figure.';
}
