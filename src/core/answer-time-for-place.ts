import type { Analysis } from './analysis-types';
import { FEATURE_NAMES } from './answer-feature-names';
import { placeInActClause } from './answer-place-clause';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';
import { ASKS_FUTURE } from './dates-past-for-future';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { asksSaying, venueOnlyOfSaying } from './said-venue-only';

const FRESH = FEATURE_NAMES.indexOf('fresh');

/**
 * "in/within" + up to three words (no preposition or conjunction among them: "in three states for years" is a place)
 * + a unit of time: "in a couple of weeks", "within days", "in the coming months", "in a year".
 */
const SPAN_OF_TIME =
  /\b(?:in|within)\s+(?:(?!(?:for|to|and|or|in|at|on|by|from|with|after|before)\b)[\w'’-]+\s+){0,3}(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade)s?\b/i;

/**
 * "Where will the vote be held?" over "The vote will be held in a couple of weeks": the best sentence says the asked
 * act, names no place the question lacks (the `fresh` feature: a place entity, "in/at (the) Capitalised", a venue),
 * and the "in" phrase where a place would stand is a span of time. It says when, not where; citing it as the answer
 * would be a confident error, so the reply says the article does not say and shows the sentence. Returns the reason.
 */
export function timeForPlace(
  analysis: Analysis,
  best: Ranked,
  terms: QuestionTerms,
  { type, question }: { type: string; question: string },
): string | undefined {
  if (type !== 'place' || !saysAskedVerb(analysis, best.index, terms)) return undefined;
  const text = analysis.sentences[best.index]!.text;
  // "Where will the report be published?" over "…, Marsh said in an interview": the venue is the saying's (B-r41-8),
  // and an act still ahead was not done where the words were said. A past act may have been ("where did Hughes make
  // her case?" over "Ms Hughes said at a public meeting"), as may a saying asked about ("where did she say it?").
  if (best.values[FRESH]! > 0) {
    const ahead = ASKS_FUTURE.test(question) && !asksSaying(terms.verb);
    if (ahead && venueOnlyOfSaying(text)) return 'The article says only where it was said.';
    // "Ann Lee, who chairs the board, spoke in Leeds": Leeds is where she spoke, not where she chairs it.
    return placeInActClause(analysis, best.index, terms) === false
      ? 'The article says where something else happened, not where this did.'
      : undefined;
  }
  return SPAN_OF_TIME.test(text) ? 'The article says when, not where.' : undefined;
}
