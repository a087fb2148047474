import { hasVector, termSimilarity } from './answer-vectors';
import type { ArticleIndex } from './article-index';

/**
 * Paraphrase through word vectors: how close each question term comes to some word of each sentence
 * ("knocked" for "criticized", "bill" for "cost"). Cosines below FLOOR are unrelated words and count
 * nothing; above it they rise linearly to 1. Exact and WordNet matches are counted elsewhere.
 */
export interface SoftMatches {
  /** Per sentence, per question term: its closeness (0..1) to the sentence's nearest word. */
  terms: number[][];
  /** Per sentence: the wh-phrase head's closeness to its nearest word (0 without a head). */
  head: number[];
}

/**
 * Cosine below which two GloVe words count as unrelated. Chosen by cross-validation (0.35–0.45 rank
 * alike, 0.5 and 0.6 worse); antonyms and co-topic words ("criticized"/"praised") pass it too, which
 * is why the ranker weighs this evidence on its own instead of adding it to exact coverage.
 */
const FLOOR = 0.4;

function closeness(cosine: number): number {
  return cosine <= FLOOR ? 0 : (cosine - FLOOR) / (1 - FLOOR);
}

export function softMatches(index: ArticleIndex, questionTerms: string[], heads: string[]): SoftMatches {
  // One closeness table per question word (and head), over the article's distinct terms.
  const table = (q: string): Map<string, number> | undefined => {
    if (!hasVector(q)) return undefined;
    const out = new Map<string, number>();
    for (const sentence of index.terms) {
      for (const t of sentence) if (!out.has(t)) out.set(t, t === q ? 0 : closeness(termSimilarity(q, t)));
    }
    return out;
  };
  const tables = questionTerms.map(table);
  const headTables = heads.map(table).filter((t) => t !== undefined);
  const terms: number[][] = [];
  const head: number[] = [];
  for (const sentence of index.terms) {
    const row = tables.map(() => 0);
    let headBest = 0;
    for (const t of sentence) {
      for (let k = 0; k < tables.length; k++) {
        const near = tables[k]?.get(t) ?? 0;
        if (near > row[k]!) row[k] = near;
      }
      for (const h of headTables) headBest = Math.max(headBest, h.get(t)!);
    }
    terms.push(row);
    head.push(headBest);
  }
  return { terms, head };
}
