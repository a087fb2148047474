import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { sentenceWords } from './sentence-words';

/** A time said as a possessive: "next month's", "Tuesday's", "this year's", "tomorrow's". */
const TIME_POSSESSIVE =
  /\b(?:(?:next|last|this|coming) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|today|tomorrow|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s$/i;
/** How many words may stand between the possessive and the asked noun ("next month's emergency budget"). */
const BETWEEN = 2;

/**
 * "When is the budget being delivered?" beside "…end the freeze on fuel duty in next month's budget": a time said as
 * the asked thing's possessive dates that thing itself, whatever verb the sentence says, where a sentence saying the
 * asked verb of another thing ("until the OBR delivers its forecast next week") dates that other act. The first such
 * sentence in the ranker's order, or undefined.
 */
export function possessiveDate(
  analysis: Analysis,
  ranked: readonly { index: number }[],
  terms: QuestionTerms,
): number | undefined {
  const object = new Set(terms.terms.filter((t) => t !== terms.verb && !terms.nameTerms.has(t)));
  if (object.size === 0) return undefined;
  return ranked.find(({ index }) => {
    const text = analysis.sentences[index]!.text;
    const words = sentenceWords(text);
    return words.some(
      (w, i) =>
        object.has(w.stem) &&
        words
          .slice(Math.max(0, i - 1 - BETWEEN), i)
          .some((before) => TIME_POSSESSIVE.test(text.slice(Math.max(0, before.end - 20), before.end))),
    );
  })?.index;
}
