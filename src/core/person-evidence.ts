import { textOccurrences } from './text-occurrences';

/** A relative "who" right after a mention: "Kylian Mbappé, who attended …" (a body takes "which" or "that"). */
const WHO_AFTER = /^,?\s+who\b/u;
/** A mention that is the object of "of": a relative after it may describe the phrase's head instead. */
const OF_BEFORE = /\bof\s+$/i;
/** Whether a letter stands next to a mention, so the found text is part of a longer word. */
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Whether the copy treats a two-or-more-word name as a person: a relative "who" after a mention, or its last word
 * standing alone elsewhere (the surname-only second reference: "… Mbappé said"), which a body's name does not take
 * ("Fianna Fáil" is never "Fáil"). Evidence against reading a led name as a body (led-body-name.ts).
 */
export function personEvidence(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  // "the leader of Fianna Fáil, who won …": after an "of" the relative belongs to the head before it (review s58 R59-5).
  const whoAfter = (at: number): boolean =>
    WHO_AFTER.test(text.slice(at + name.length, at + name.length + 8)) &&
    !OF_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  if (textOccurrences(text, name).some(whoAfter)) return true;
  const last = words.at(-1)!;
  const inFull = new Set(textOccurrences(text, name).map((at) => at + name.length - last.length));
  return textOccurrences(text, last).some(
    (at) => !inFull.has(at) && !LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + last.length] ?? ''),
  );
}
