import { eachMatch } from './each-match';
import { contentTerms } from './tokenize-words';

/** Words as the copy writes them, apostrophes and hyphens inside a word kept. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A passive auxiliary before the verb: "was bought" names no doer unless "by" follows. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** Before a noun, never a finite verb: "the cost", "its purchase", "of buying" say no act with a doer. */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'of']);
/** How many words after a passive verb its "by" phrase may start. */
const BY_WITHIN = 4;

/**
 * Whether the text says the act (a content term, "bui" for "bought") as a verb with a doer: "which the company
 * bought", "the company bought", "was bought by the company" — not "was bought in 2021", "the cost", or a first
 * word with nothing before it. A word-order reading, not a parse: it only has to tell a clause that reports who
 * did the act from one that names the act as a thing or hides its doer.
 */
export function actWithDoer(text: string, act: string): boolean {
  const words: string[] = [];
  for (const m of eachMatch(WORD, text)) words.push(m[0].toLowerCase());
  return words.some((word, i) => {
    if (i === 0 || contentTerms(word)[0] !== act) return false;
    const before = words[i - 1]!;
    const aux = before.endsWith('ly') && i > 1 ? words[i - 2]! : before;
    if (NOUN_BEFORE.has(before)) return false;
    if (!BE.has(aux)) return true;
    return words.slice(i + 1, i + 1 + BY_WITHIN).includes('by');
  });
}
