/**
 * A sentence as one point in GloVe space: the mean of the unit vectors of its content terms (the
 * answerer's vectors, src/core/answer-vectors.json, built by `npm run train:answers`), itself scaled
 * to unit length. What a sentence is about, in a form a linear scorer can weigh, without a weight per
 * word: issue 13's cue-less candidates (vector-cueless.ts) need evidence beyond the word classes.
 */

import type { WordVectors } from '../core/answer-vectors';
import data from '../core/answer-vectors.json' with { type: 'json' };
import { contentTerms } from '../core/tokenize-words';

interface Table {
  rows: Map<string, number>;
  bytes: Int8Array;
  dimensions: number;
}

let table: Table | undefined;

/** Decoded on first use: the JSON is ~2 MB and most train commands never ask. */
function read(): Table {
  if (table) return table;
  const vectors = data as WordVectors;
  const binary = Buffer.from(vectors.vectors, 'base64');
  table = {
    rows: new Map(vectors.terms.split(' ').map((t, i) => [t, i])),
    bytes: new Int8Array(binary.buffer, binary.byteOffset, binary.length),
    dimensions: vectors.dimensions,
  };
  return table;
}

export const VECTOR_DIMENSIONS = (data as WordVectors).dimensions;

/** The unit mean of the unit term vectors; all zeros when no term has a vector. */
export function sentenceVector(text: string): Float64Array {
  const { rows, bytes, dimensions: d } = read();
  const out = new Float64Array(d);
  for (const term of contentTerms(text)) {
    const row = rows.get(term);
    if (row === undefined) continue;
    let norm = 0;
    for (let k = row * d; k < (row + 1) * d; k++) norm += bytes[k]! * bytes[k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) out[k]! += bytes[row * d + k]! / norm;
  }
  let norm = 0;
  for (let k = 0; k < d; k++) norm += out[k]! * out[k]!;
  if (norm > 0) for (let k = 0; k < d; k++) out[k]! /= Math.sqrt(norm);
  return out;
}
