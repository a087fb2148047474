import { contentTerms } from './tokenize-words';

/**
 * Fewest distinct content terms a sentence needs before its words can tell it from its neighbour's claim. Shorter
 * ones are a reaction inside the claim they sit in ("It's nonsense," Mr. Trump said …; "Some say, you know Trump is
 * our man."): on PolNeAR train, every pair of one speaker's sentences read by hand as one claim had a side of at most
 * 6 terms, every pair read as two claims both sides of 7 or more (fu50, docs/evaluation.md "Open questions").
 */
const OWN_CLAIM_TERMS = 7;

/**
 * Share of the shorter sentence's content terms the other must hold to restate it: the one-claim pairs shared 0.38
 * and 0.50 (Welch's planned vote and "I'll be voting"), the two-claim pairs at most 0.29 (Sanders's "health care is a
 * right" and his tax offset; Judicial Watch's dossiers and its records cache).
 */
const SAME_SHARE = 1 / 3;

/**
 * Do two sentences of one speaker's run say the same claim? A question cites the whole run (claim-span.ts), and
 * a run often holds two claims ("police were investigating the sale of the vessel." / "“… it is unclear where the
 * harbour grant went,” she said."): the second is still asked unless its words restate the first. When either
 * sentence is too short for its words to say (evidence too weak), it is one claim, asked once.
 */
export function sameClaim(sentences: readonly { text: string }[]): (a: number, b: number) => boolean {
  const terms = new Map<number, Set<string>>();
  const termsOf = (i: number): Set<string> => {
    let set = terms.get(i);
    if (!set) {
      set = new Set(contentTerms(sentences[i]?.text ?? ''));
      terms.set(i, set);
    }
    return set;
  };
  return (a, b) => {
    const x = termsOf(a);
    const y = termsOf(b);
    if (Math.min(x.size, y.size) < OWN_CLAIM_TERMS) return true;
    let shared = 0;
    for (const t of x) if (y.has(t)) shared++;
    return shared >= SAME_SHARE * Math.min(x.size, y.size);
  };
}
