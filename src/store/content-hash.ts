import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

// node:crypto loads on the first hash (a store, not a read): a brief of a stored story never
// hashes, and importing crypto costs a one-shot command several milliseconds of start-up.
let crypto: Crypto | undefined;

// The last text hashed: ingest hashes a new story for its duplicate check, then the store's add hashes the same text
// (110–130 ms of main-thread CPU each for a 1 MB file). Compared by value, so never stale; it keeps one text alive.
let last: { text: string; hash: string } | undefined;

/**
 * sha256 of the text after normalisation, so the same article re-saved with different line
 * endings, spacing or Unicode composition is recognised as the same content.
 */
export function contentHash(text: string): string {
  if (last?.text === text) return last.hash;
  const normalised = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/gu, ' ')
    .trim();
  last = { text, hash: sha256Hex(normalised) };
  return last.hash;
}

/** sha256 of the text exactly as given, in hex. */
export function sha256Hex(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
