import { STOPWORDS } from '../core/stopwords';

/** Words and bigrams of a sentence, and the log-odds lexicon learned from flagged against unflagged ones. */

export interface LexiconOptions {
  /** Fewest sentences a term must occur in. */
  minCount: number;
  /** Smallest z-score of the log-odds ratio (flagged over unflagged). */
  z: number;
  /** Weight of the prior (the term's rate over all sentences), in pseudo-counts. */
  prior?: number;
}

export interface LexiconTerm {
  term: string;
  z: number;
  flagged: number;
  count: number;
}

/**
 * Function words say nothing of a lead, except the modals and the words that open an open question:
 * "would", "whether" (flagged sentences are longer, so any common word is enriched in them).
 */
const KEPT = new Set(['would', 'will', 'could', 'may', 'might', 'should', 'whether', 'if', 'not', 'no', 'yet']);
const noise = (w: string): boolean => STOPWORDS.has(w) && !KEPT.has(w);

/**
 * Lower-case words and adjacent-word bigrams, once each. Capitalised words are left out: names are
 * words of one story (a lexicon that learned "clinton" or "benghazi" would not travel).
 */
export function sentenceTerms(text: string): Set<string> {
  const tokens = text.replace(/’/g, "'").match(/[A-Za-z0-9$][A-Za-z0-9'-]*|\?/g) ?? [];
  // Numbers read as their class ("$#", "#"): "$2 million" and "$5 million" are one term.
  const words = tokens.map((t) => (/^[A-Z]/.test(t) ? null : t.replace(/^(\$?)\d[\d,.]*$/, '$1#')));
  const terms = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (!noise(w)) terms.add(w);
    const v = words[i + 1];
    if (v && !(noise(w) && noise(v))) terms.add(`${w} ${v}`);
  }
  return terms;
}

/**
 * Terms enriched in flagged sentences: the log-odds ratio of a term's sentence rate among flagged and
 * unflagged sentences, each smoothed towards its rate over all sentences (the informative Dirichlet
 * prior), divided by its standard error; kept when z reaches `options.z` and the term is in at least
 * `options.minCount` sentences. Sorted by z, ties by name, so the same rows give the same lexicon.
 */
export function learnLexicon(
  rows: ReadonlyArray<{ terms: ReadonlySet<string>; flagged: boolean }>,
  options: LexiconOptions,
): LexiconTerm[] {
  const pos = new Map<string, number>();
  const all = new Map<string, number>();
  let nPos = 0;
  for (const r of rows) {
    if (r.flagged) nPos++;
    for (const t of r.terms) {
      all.set(t, (all.get(t) ?? 0) + 1);
      if (r.flagged) pos.set(t, (pos.get(t) ?? 0) + 1);
    }
  }
  const nNeg = rows.length - nPos;
  const a0 = options.prior ?? 10;
  const out: LexiconTerm[] = [];
  for (const [term, count] of all) {
    if (count < options.minCount) continue;
    const p = pos.get(term) ?? 0;
    const n = count - p;
    const rate = count / rows.length;
    const ap = a0 * rate;
    const an = a0 * (1 - rate);
    // Log-odds of the term in each class (present vs absent sentences), each with the prior added.
    const lp = Math.log((p + ap) / (nPos - p + an));
    const ln = Math.log((n + ap) / (nNeg - n + an));
    const variance = 1 / (p + ap) + 1 / (nPos - p + an) + 1 / (n + ap) + 1 / (nNeg - n + an);
    const z = (lp - ln) / Math.sqrt(variance);
    if (z >= options.z) out.push({ term, z, flagged: p, count });
  }
  return out.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1));
}
