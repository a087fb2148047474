import { maskQuotes } from './quote-spans';

/**
 * The copy with its quotations blanked, kept for the last copy asked about (one article's names ask in turn). It
 * cannot go stale: it is keyed by the whole text and masking is a pure function of it.
 */
let masked = { text: '', copy: '' };
export function maskedCopy(text: string): string {
  if (masked.text !== text) masked = { text, copy: maskQuotes(text) };
  return masked.copy;
}
