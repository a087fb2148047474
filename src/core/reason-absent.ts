import type { Analysis } from './analysis-types';
import { saysReason } from './answer-reason-pair';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';

/**
 * Ways copy hands over a reason beyond the cause words saysReason reads: an act's occasion ("after it came to light"),
 * its means ("by calling on Russia"), what set it off ("prompted", "in the wake of"), a credited or blamed cause
 * ("credits the change to"), grounds ("for refusing", "over the plan", "so", "thus", "why"), a purpose ("to prevent",
 * an infinitive opening the sentence). On the 808 train why-questions every right answer without a quotation says one
 * of these or saysReason's words.
 */
const LOOSE_REASON =
  /\b(?:after|since|why|so|thus|hence|therefore|prompt(?:ed|s|ing)?|credit(?:s|ed)?|attribut(?:ed|es|ing)|in the wake of|over (?:the|a|an|his|her|their|its|this|that)|by [a-z]+ing|for [a-z]+ing|(?:in order )?to (?:avoid|prevent|protect|ensure|keep|stop|allow|help|make|save|win))\b|^[\s"“'‘]*to [a-z]+\b/i;

/**
 * A quotation, in double marks, doubled apostrophes (''…'', as some wire copy sets them) or a single mark opening a
 * capital: a speaker's own words give grounds without a cause word ("'They just don't understand,' said X").
 */
const QUOTATION = /["“”]|''|(?:^|[\s(])['‘][A-Z]/;

/**
 * "Why did X leave the company?" over "X left the company in October.": the cited sentence restates the act asked
 * about (it says the question's own verb) and gives no reason for it: no cause word, no loose marker, no quotation
 * in any cited sentence. Citing it answers a why-question with its own premise; the article says less (audit 58,
 * B-a58-6).
 */
export function reasonAbsent(analysis: Analysis, cited: readonly number[], terms: QuestionTerms): boolean {
  const first = cited[0];
  if (first === undefined || !saysAskedVerb(analysis, first, terms)) return false;
  return cited.every((i) => {
    const text = analysis.sentences[i]!.text;
    return !saysReason(text) && !LOOSE_REASON.test(text) && !QUOTATION.test(text);
  });
}
