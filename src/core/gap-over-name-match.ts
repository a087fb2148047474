import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/** How far from the best sentence the stated gap may sit: the same passage about the named body. */
const NEAR = 5;

/**
 * "When will the Joint Select Committee next meet?" over "Stuart Young-Allen, who chairs the Joint Select Committee
 * …, said the committee would ask … at its next sitting", with "He did not say when the committee would next meet."
 * four sentences below (audit 61 B-a61-21): the best ranks on the body's full name and says the question's predicate
 * only loosely ("next sitting" for "next meet"), while the gap sentence refers to the body by its short form ("the
 * committee") and its marker's wh-clause holds every word of the predicate (`holds`, unknown-scope.ts's scopeHoldsAll).
 * The copy says the asked thing is not known; that sentence is the reply's, not the loose match. Only when the
 * question names the body (with a common noun the two sentences share the name as well, and the ranker already reads
 * the gap first) and the gap takes up at least one of the name's words ("the committee", "the panel").
 */
export function gapOverNameMatch(
  analysis: Analysis,
  ranked: readonly Ranked[],
  best: Ranked,
  terms: QuestionTerms,
  holds: (r: Ranked) => boolean,
): Ranked | undefined {
  const names = terms.nameTerms;
  if (names.size === 0) return undefined;
  const predicate = terms.terms.filter((t) => !names.has(t));
  const said = new Set(contentTerms(analysis.sentences[best.index]!.text));
  if (predicate.length === 0 || predicate.every((t) => said.has(t))) return undefined;
  return ranked.find((r) => {
    // No share floor: a long name's other words weigh the gap's share down ("the tribunal" is one of four).
    if (r === best || Math.abs(r.index - best.index) > NEAR) return false;
    const words = new Set(contentTerms(analysis.sentences[r.index]!.text));
    return [...names].some((t) => words.has(t)) && predicate.every((t) => words.has(t)) && holds(r);
  });
}
