import { createHash } from 'node:crypto';

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
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
