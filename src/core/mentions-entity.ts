import type { Entity } from './analysis-types';
import { generationalSuffix } from './generational-suffix';
import { givenAfterSurname } from './given-after-surname';
import { HYPHEN_PARTICLE } from './particle-surname';
import { textOccurrences } from './text-occurrences';

/**
 * Names already cut to their surname: an article asks for the same few names thousands of times (the
 * people index, speaker resolution, the questions). Bounded, cleared when full; the answer depends on
 * the name alone.
 */
const surnames = new Map<string, string>();
const SURNAMES_SIZE = 4096;

/**
 * A person's last word, the form later sentences name them by; before a generational suffix
 * ("Trump" in "Donald Trump Jr."), without a hyphened particle ("Assad" in "Bashar al-Assad": "Mr. Assad"), before a hyphenated given name ("Fung" in "Fung Hoi-yan").
 */
export function surname(name: string): string {
  let last = surnames.get(name);
  if (last === undefined) {
    const words = name.trim().split(/\s+/);
    if (words.length > 1 && generationalSuffix(name)) words.pop();
    // "Rosanna Fung Hoi-yan", "Ban Ki-moon": the surname stands before the hyphenated given name.
    if (givenAfterSurname(words)) words.pop();
    last = (words.pop() ?? name).replace(HYPHEN_PARTICLE, '');
    if (surnames.size >= SURNAMES_SIZE) surnames.clear();
    surnames.set(name, last);
  }
  return last;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether the `length` characters at `at` stand as a whole word (no ASCII letter or digit on either side). */
export function wholeWordAt(text: string, at: number, length: number): boolean {
  return !isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + length));
}

/** Whole-word occurrence, without building a RegExp per call (this runs sentences x entities times). */
function hasWord(text: string, word: string): boolean {
  for (const at of textOccurrences(text, word)) if (wholeWordAt(text, at, word.length)) return true;
  return false;
}

/** The copy names the entity: whole, or (a person) by surname. */
export function mentionsEntity(text: string, entity: Entity, known?: string): boolean {
  if (text.includes(entity.name)) return true;
  const last = known ?? surname(entity.name);
  return entity.type === 'person' && last.length >= 3 && hasWord(text, last);
}
