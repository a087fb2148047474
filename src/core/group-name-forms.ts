/**
 * The other forms a sentence may open on of a name the copy writes mid-sentence before a common noun: "Democratic
 * nominee" and "Republican voters" make "Democrats" and "Republicans" names when a sentence opens on them, which
 * lowerStart would otherwise lower ("the accusation by democrats"). A capital before another capital is a title or
 * part of a name ("Senator Ellen Park", "Islamic State"), whose plural ("Senators") is a common noun: none is made.
 */
export function groupNameForms(word: string, next: string | undefined): string[] {
  if (!next || !/^[a-z]/.test(next) || !/^[A-Z][a-z]{4,}$/.test(word)) return [];
  // "Democratic" -> "Democrat", "Democrats"; "Islamic" -> "Islam".
  const stem = /ic$/.test(word) ? word.slice(0, -2) : null;
  return stem ? [`${word}s`, stem, `${stem}s`] : [`${word}s`];
}
