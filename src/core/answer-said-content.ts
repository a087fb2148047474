import { affirmativeQuestion } from './affirmative-question';
import type { Analysis } from './analysis-types';
import { indexArticle } from './article-index';
import { matchTerm, termWeight } from './term-match';
import { contentTerms } from './tokenize-words';

/**
 * "Did Obama say he was talking about Trump?" asks whether the article reports that content, not whether the
 * party spoke: a sentence where Obama says something else does not answer it, however well it matches "Obama"
 * and "say". The reported clause opens on a subject (a pronoun, a determiner, "that") after a verb of saying;
 * "did Trump say anything", "say sorry" ask something else. The party is at most four words, as in
 * answer-refusal.ts. Anchored at the start and bounded: linear on any input.
 */
const ASKS_IF_SAID =
  /^\s*(?:did|does|do|has|have|had)\s+(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}\p{N}'’.-]+\s+(?:(?:ever|now|also|publicly|really|actually)\s+)?(?:say|said|claim(?:ed)?|suggest(?:ed)?|argue[ds]?|insist(?:ed)?|admit(?:ted)?|den(?:y|ied)|tell|told)\s+(?:that\s+)?((?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these|those)\s.+)$/iu;

/** Below this share of the reported clause's weight, the cited sentences do not report that content. */
const CONTENT_SHARE = 0.5;

/** The reported clause's content terms, when the question asks whether someone said it. */
function askedContent(question: string): string[] {
  const clause = ASKS_IF_SAID.exec(affirmativeQuestion(question).trim())?.[1];
  return clause === undefined ? [] : [...new Set(contentTerms(clause))];
}

/**
 * Whether the sentences (the best one and its paragraph neighbours) say at least half the asked clause's weight,
 * each term by its own word or a WordNet relative. True when the question asks no such clause.
 */
export function saysAskedContent(analysis: Analysis, question: string, best: number): boolean {
  const terms = askedContent(question);
  if (terms.length === 0) return true;
  const index = indexArticle(analysis);
  const paragraph = analysis.sentences[best]!.paragraph;
  const near = [best - 1, best, best + 1].filter((i) => analysis.sentences[i]?.paragraph === paragraph);
  let said = 0;
  let total = 0;
  for (const term of terms) {
    const weight = termWeight(index, term);
    total += weight;
    const found = near.some((i) => {
      const m = matchTerm(index, i, term);
      // Not through the speaker a sentence quotes (0.6): "he was talking about Trump" is not said by Trump's quote.
      return m.exact >= 0.8 || m.synonym > 0;
    });
    if (found) said += weight;
  }
  return said >= CONTENT_SHARE * total;
}
