import data from './answer-vectors.json' with { type: 'json' };

/**
 * Word vectors for the answerer's terms (GloVe, via `npm run train:answers`, src/train/build-word-vectors.ts):
 * one signed byte per dimension, base64. Decoded on the first question, not at import.
 */
export interface WordVectors {
  source: string;
  dimensions: number;
  /** Space-separated terms (stems folded like contentTerms), one per row. */
  terms: string;
  vectors: string;
}

interface Decoded {
  rows: Map<string, number>;
  bytes: Int8Array;
  norms: Float32Array;
  dimensions: number;
}

let decoded: Decoded | undefined;

/**
 * Base64 into signed bytes with the standard decoder. `atob`, not Buffer: src/core uses no Node
 * API (it is pure text in, analysis out), and Node 20 has `atob` globally. Its one-byte-per-char
 * string is about as large as the bytes, and each char goes straight into the Int8Array (which
 * wraps 128..255 to the signed bytes the vectors were written as), with no array in between.
 */
function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function decode(): Decoded {
  if (decoded) return decoded;
  const vectors = data as WordVectors;
  const terms = vectors.terms.split(' ');
  const bytes = decodeBase64(vectors.vectors);
  const d = vectors.dimensions;
  const norms = new Float32Array(terms.length);
  for (let row = 0; row < terms.length; row++) {
    let sum = 0;
    for (let k = row * d; k < (row + 1) * d; k++) sum += bytes[k]! * bytes[k]!;
    norms[row] = Math.sqrt(sum) || 1;
  }
  decoded = { rows: new Map(terms.map((t, i) => [t, i])), bytes, norms, dimensions: d };
  return decoded;
}

/** Whether the vectors know this term. */
export function hasVector(term: string): boolean {
  return decode().rows.has(term);
}

/** Cosine similarity of two terms' vectors; 0 when either is unknown. */
export function termSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const { rows, bytes, norms, dimensions: d } = decode();
  const ra = rows.get(a);
  const rb = rows.get(b);
  if (ra === undefined || rb === undefined) return 0;
  let sum = 0;
  const oa = ra * d;
  const ob = rb * d;
  for (let k = 0; k < d; k++) sum += bytes[oa + k]! * bytes[ob + k]!;
  return sum / (norms[ra]! * norms[rb]!);
}
