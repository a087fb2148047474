import { pastParticiple } from './past-participle';

/** What opens a comma-set clause on a post or a name: a relative pronoun, or a participle ("appointed", "serving"). */
const RELATIVE = /^(?:who|whom|whose|which)$/i;
/** The copula the clause is closed before, joining the post to its holder ("…, is Jane Dlamini"). */
const COPULA = /^(?:is|was)$/i;
/** How many words a clause set off between a post and its holder may hold. */
const SPAN = 12;

const opensClause = (word: string): boolean =>
  RELATIVE.test(word) || /^[a-z]{2,}ing$/.test(word) || (/^[a-z]/.test(word) && pastParticiple(word));

/**
 * The words in [from, to) with a clause set off by commas and closed right before a copula left out: "The minister of
 * agriculture, who took office in May, is Jane Dlamini", "Jane Dlamini, appointed in May, was the minister": the
 * clause says something else of the subject, and the copula still joins the post to the name. A clause that does not
 * end inside the range (the name inside it: "the minister, who met Jane Dlamini in May, is …"), or that ends before
 * another verb ("…, who took office in May, wrote to …"), is kept, so the words do not link.
 */
export function wordsOutsideAside(words: readonly string[], from: number, to: number): string[] {
  const kept: string[] = [];
  for (let k = from; k < to; k++) {
    kept.push(words[k]!);
    if (words[k] !== ',' || !opensClause(words[k + 1] ?? '')) continue;
    const close = words.indexOf(',', k + 1);
    if (close > k + 1 && close < to && close - k <= SPAN && COPULA.test(words[close + 1] ?? '')) k = close - 1;
  }
  return kept;
}
