/**
 * ", Xyz. Name Name-Name, verb": a capitalised token of two to five letters with no vowel after its first letter (no
 * English word or place name is spelt so: "Engr", "Mgr", "Pst", "Cllr" are cut-down titles), right after an
 * apposition's comma, whose stop is followed by a capitalised name and the comma that closes the apposition, is a
 * title the lists do not hold, never a sentence's last word. The shape, not a list (audit 51, B-a51-2): "The
 * chaplain, Mgr. Paul Obi, said …". A vowelled place keeps its stop: "…in Akron, Ohio. Smith, 45, said".
 */
const BEFORE = /, $/;
/** Up to four capitalised words (hyphens and apostrophes inside) and the closing comma. */
const NAME_THEN_COMMA = /^\s(?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*,/u;

export function apposedTitle(text: string, dot: number, token: string): boolean {
  if (!/^[A-Z][b-df-hj-np-tv-xz]{1,4}$/.test(token)) return false;
  const start = dot - token.length;
  return BEFORE.test(text.slice(Math.max(0, start - 2), start)) && NAME_THEN_COMMA.test(text.slice(dot + 1, dot + 120));
}
