/**
 * "Spanish MEP Ignacio Barrenechea Olmos … Barrenechea said": Spanish and Portuguese copy shortens a double surname
 * to its first part, so a lone word that stands inside another person's name, after the given name and before the
 * last surname, is that person again, not a second one to list (audit 56's B-a56-19). A word that also ends someone's
 * name ("Scott Walker" beside "George Walker Bush") may be either, and is read as before.
 */
export function doubleSurnamePart(word: string, personNames: readonly string[]): boolean {
  if (word.includes(' ') || !/^\p{Lu}/u.test(word)) return false;
  const split = personNames.map((n) => n.split(/\s+/));
  if (split.some((w) => w.length > 1 && w.at(-1) === word)) return false;
  return split.some((w) => w.length >= 3 && w.indexOf(word) >= 1 && w.indexOf(word) <= w.length - 2);
}
