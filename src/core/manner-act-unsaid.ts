import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { indexArticle } from './article-index';
import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';
import { matchTerm } from './term-match';

/** "How will X vote?", "how did the board respond?": a manner question, not "how much / many / long / soon". */
const HOW_ACT = /^\s*how\s+(?:will|would|did|does|do|is|are|was|were|has|have|can|could|should|might)\s/i;

/** The question's names after its first word: "Italy" of "How will Italy vote?". */
const NAME = /(?<=\s)\p{Lu}[\p{L}-]+/gu;

/**
 * Every name the question gives that the sentence says, it says only as a possessor ("Italy's position"): the party
 * is no doer in it, the sentence is about a thing of theirs.
 */
function onlyPossessed(sentence: string, question: string): boolean {
  const names = [...new Set(question.match(NAME) ?? [])];
  let seen = false;
  for (const name of names)
    for (const m of sentence.matchAll(new RegExp(`${WORD_EDGE}${escapeRegExp(name)}${WORD_EDGE}(['’]s?)?`, 'gu'))) {
      if (m[1] === undefined) return false;
      seen = true;
    }
  return seen;
}

/**
 * "How will Italy vote on the plan?" over "…said Italy's position would probably decide the outcome" (audit 56
 * B-a56-9): a manner question asks how the act is done, so its answer says the act (its verb or a WordNet relative);
 * a sentence not saying it that names the party only as a possessor says something about a thing of theirs — here
 * that its choice matters — not how the party will act. (A sentence with the party as its subject is left to the
 * ranker: "Female troops preferred Clinton 51 percent to 24 percent" says how they split without "split".)
 */
export function mannerActUnsaid(
  analysis: Analysis,
  best: number,
  question: string,
  { terms }: Pick<QuestionFeatures, 'terms'>,
): string | undefined {
  const verb = terms.verb;
  if (verb === undefined || !HOW_ACT.test(question)) return undefined;
  const m = matchTerm(indexArticle(analysis), best, verb, true);
  if (m.exact > 0 || (m.synonym > 0 && !m.rare)) return undefined;
  return onlyPossessed(analysis.sentences[best]!.text, question) ? 'The article does not say how.' : undefined;
}
