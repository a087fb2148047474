import { asciiDigits } from './ascii-digits';

/**
 * The story id a query names, as digits ("#12", "12", and "#12." or "#12)" as typed at the end
 * of a sentence or copied from a list), or undefined for words. Without the trailing mark, "#1."
 * was searched as the word "1" and briefed another story (one with "£1.2m" in it). Full-width
 * ("＃１２") reads as "#12".
 */
export function storyIdIn(query: string): string | undefined {
  return /^\(?#?(\d+)[.,;:!?)]*$/.exec(asciiDigits(query.trim()))?.[1];
}
