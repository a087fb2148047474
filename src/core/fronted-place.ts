import type { NameRun } from './name-runs';

/** Prepositions of place that open a sentence, their object the one capitalised word before a comma. */
const PLACE_OPENER = /^(?:At|In|Inside|Outside|Near)$/;

/**
 * "At Matignon, an adviser to the Prime Minister, who asked not to be named, said": the lone word after a sentence's
 * opening "At"/"In" and before its comma is where the clause happens, and the appositive that follows is the
 * subject's, not that word's — read as a person it took the adviser's role and spoke for him (audit 55, B-a55-12).
 * One word only: a longer run ("At Kestrel House,") is already read as a body or a place.
 */
export function frontedPlace(run: NameRun, text: string): boolean {
  // The opener is capitalised at the sentence's start, so the name scanner joins it to the word ("At Matignon").
  if (run.words.length !== 2 || text.charAt(run.end) !== ',') return false;
  return PLACE_OPENER.test(run.words[0]!.text) && /^\s*["“‘']?$/.test(text.slice(0, run.start));
}
