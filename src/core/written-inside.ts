import { textOccurrences } from './text-occurrences';

/** A word's letter or a comma right before a mention: the mention stands inside a sentence, not at its start. */
const INSIDE = /[\p{L}\p{N},;]\s+$/u;

/**
 * Whether the copy writes the name somewhere inside a sentence ("the State Department said", "a Morning Consult poll"):
 * there its first word's capital is the name's own, not a sentence's. A run found only where a sentence opens ("Even
 * Republicans …") may have swallowed an opener.
 */
export function writtenInside(name: string, text: string): boolean {
  for (const at of textOccurrences(text, name)) if (INSIDE.test(text.slice(Math.max(0, at - 4), at))) return true;
  return false;
}
