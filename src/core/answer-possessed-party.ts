import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';
import { contentTerms } from './tokenize-words';

/**
 * "Did the council's finance committee approve the plan?" asks about the committee, not the council: a sentence
 * saying the council approved it answers another party's act. The asked party is the noun right before the asked
 * verb, after a possessive and at most two more lower-case words ("Trump's campaign", "the council's finance
 * committee"); the possessor is only whose it is.
 */

/** "it's", "who's", "there's": a contraction, not a possessor. */
const CONTRACTION = /^(?:it|he|she|that|there|what|who|where|when|how|here|let)['’]s$/i;
const POSSESSIVE = /^[\p{L}\p{N}.-]+['’]s$/u;
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;

interface Possessed {
  /** The possessor's terms ("council"). */
  owner: string[];
  /** The possessed party's head as a term ("committee" -> committe). */
  head: string;
}

/** The possessor and the possessed party's head, when the question asks about the party's act. */
function possessed(question: string, terms: QuestionTerms): Possessed | undefined {
  if (terms.verb === undefined) return undefined;
  const words = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''));
  const at = words.findIndex((w) => POSSESSIVE.test(w) && !CONTRACTION.test(w));
  if (at < 0) return undefined;
  // Up to three lower-case words after the possessor; the one before the asked verb is the party.
  for (let k = at + 2; k <= at + 3 && k < words.length; k++) {
    const before = words.slice(at + 1, k);
    if (!before.every((w) => LOWER.test(w))) return undefined;
    const head = contentTerms(before.at(-1)!)[0];
    const owner = contentTerms(words[at]!.replace(/['’]s$/, ''));
    if (contentTerms(words[k]!)[0] === terms.verb) return head && owner.length > 0 ? { owner, head } : undefined;
  }
  return undefined;
}

/**
 * When the best sentence says the asked verb of the possessor but never names the possessed party ("The county
 * council approved the plan" for the committee), the best-ranked sentence naming the party and saying the verb comes
 * first; failing one, `missing`: the article reports that act of someone else, and `nearest` is the best-ranked
 * sentence naming the party. A best sentence that does not say the act of the possessor is left to the ranker: "why
 * does Bernie's team like Minnesota?" is answered by "…are seen as opportunities for Sanders", no "team" in it.
 */
export function answerPossessedParty(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  terms: QuestionTerms,
): { ranked: Ranked[]; missing: boolean; nearest?: Ranked } {
  const asked = possessed(question, terms);
  const best = ranked[0];
  if (asked === undefined || best === undefined) return { ranked, missing: false };
  const index = indexArticle(analysis);
  const says = (i: number, term: string, verb = false): boolean => {
    const m = matchTerm(index, i, term, verb);
    return m.exact > 0 || m.synonym > 0;
  };
  const acts = (i: number): boolean => says(i, terms.verb!, true);
  const owners = asked.owner.every((t) => says(best.index, t));
  if (says(best.index, asked.head) || !owners || !acts(best.index)) return { ranked, missing: false };
  const moved = firstWhere(ranked, (r) => says(r.index, asked.head) && acts(r.index));
  if (moved !== ranked) return { ranked: moved, missing: false };
  return { ranked, missing: true, nearest: ranked.find((r) => says(r.index, asked.head)) };
}
