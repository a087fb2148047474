import type { Analysis } from './analysis-types';
import { FRESH_BODY, FRESH_PERSON } from './answer-evidence';
import { FEATURE_NAMES } from './answer-feature-names';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { firstWhere } from './first-where';
import type { AnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';

const FRESH = FEATURE_NAMES.indexOf('fresh');
/** How far down the ranking a sentence naming a person is looked for. */
const WITHIN = 5;
const WHO = /^\s*who\b/i;
/** "Who did Petch meet with?", "who is the officer…": "who" is not the act's doer (do-support, or a subject after it). */
const NOT_DOER =
  /^\s*[Ww]hom?\s+(?:(?:do|does|did)\b|(?:is|was|are|were|will|would|can|could|should|has|have|had|may|might|must)\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|he|she|they|it|we|you|i)\b))/;

/**
 * "Who quit the race Monday night?" over "'This is the moment…,' Rubio said Monday night." and, fourth, "Mike
 * Huckabee, the former Arkansas governor, dropped out…": a who-question's best sentence that names no person but a
 * body or some capitalised word, while a sentence among the ranker's first five covers as much of the question, says
 * the asked verb (exactly or by a WordNet synonym) and names a person the question does not: that one goes first. "Who"
 * also asks for a body, so a body stays first when no sentence below says the act and names a person. Measured on the
 * four question sets (docs/evaluation/thread-answers.md, session 51, ans72): 3 questions right that were wrong, 1
 * wrong that was right ("who would the trade prosecutor answer to?" — "the president").
 */
export function personOverBody(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  asked: { type: AnswerType; terms: QuestionTerms; keep?: Ranked },
): Ranked[] {
  const top = ranked[0];
  // `keep`: the sentence "who is <Name>?" cites for the role who-is-who lists, or the outlet's for "which newspaper…?".
  if (!top || top === asked.keep || asked.type !== 'person' || top.values[FRESH] !== FRESH_BODY || !WHO.test(question))
    return ranked;
  const verb = asked.terms.relation ?? asked.terms.verb;
  const index = indexArticle(analysis);
  const says = (r: Ranked): boolean => {
    if (verb === undefined) return true;
    const m = matchTerm(index, r.index, verb, true);
    return m.exact > 0 || m.synonym > 0;
  };
  // "Who will operate the crossings?" over "The Marlow Ferry Company will operate…": "who" is the act's doer and the
  // top sentence says the act, so the body is the answer the copy gives (review 52's B-r52-4). "Who did Petch meet
  // with?" asks another slot: a sentence naming the people may still go first.
  if (verb !== undefined && !NOT_DOER.test(question) && says(top)) return ranked;
  return firstWhere(
    ranked,
    (r, at) => at >= 1 && at < WITHIN && r.values[FRESH] === FRESH_PERSON && r.share >= top.share - 1e-9 && says(r),
  );
}
