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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTET[BASE64.charCodeAt(i)] = i;

/** Base64 straight into signed bytes: atob and Uint8Array.from would hold ~70 MB of temporaries. */
function decodeBase64(text: string): Int8Array {
  const end = text.endsWith('==') ? text.length - 2 : text.endsWith('=') ? text.length - 1 : text.length;
  const out = new Int8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    bits = (bits << 6) | SEXTET[text.charCodeAt(i)]!;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[at++] = (bits >> count) & 0xff;
      bits &= (1 << count) - 1;
    }
  }
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
