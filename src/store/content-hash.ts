import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

// node:crypto loads on the first hash (a store, not a read): a brief of a stored story never
// hashes, and importing crypto costs a one-shot command several milliseconds of start-up.
let crypto: Crypto | undefined;

/**
 * sha256 of the text after normalisation, so the same article re-saved with different line
 * endings, spacing or Unicode composition is recognised as the same content.
 */
export function contentHash(text: string): string {
  const normalised = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return sha256Hex(normalised);
}

/** sha256 of the text exactly as given, in hex. */
export function sha256Hex(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
