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
  const cache = new Map<string, number>();
  const near = (q: string, t: string): number => {
    const key = `${q} ${t}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = closeness(termSimilarity(q, t));
      cache.set(key, value);
    }
    return value;
  };
  const known = questionTerms.map(hasVector);
  const knownHeads = heads.filter(hasVector);
  const terms: number[][] = [];
  const head: number[] = [];
  for (const sentence of index.terms) {
    const row = questionTerms.map(() => 0);
    let headBest = 0;
    for (const t of sentence) {
      questionTerms.forEach((q, k) => {
        if (known[k] && q !== t) row[k] = Math.max(row[k]!, near(q, t));
      });
      for (const h of knownHeads) if (h !== t) headBest = Math.max(headBest, near(h, t));
    }
    terms.push(row);
    head.push(headBest);
  }
  return { terms, head };
}
