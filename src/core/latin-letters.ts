/**
 * Letters beyond ASCII that names are spelled with: Latin-1 and Latin Extended-A/B (À-ɏ: "Şükrü", "Đặng"'s Đ)
 * and Latin Extended Additional (Ḁ-ỿ: Vietnamese "Quốc", "Nguyễn"). Without the last block a Vietnamese name
 * was cut inside a word ("Lê Qu"). With the combining accents of decomposed text ("Quo\u0302\u0301c"). A class body for a
 * RegExp (no `u` flag needed) and the same test on a code.
 */
export const LATIN_LETTERS = '\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';

/** Is the UTF-16 code one of LATIN_LETTERS? */
export function latinLetters(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f);
}

const WORD = `[\\w${LATIN_LETTERS}]`;
/**
 * `\b` with LATIN_LETTERS counted as word characters, as a RegExp source: `\b` counts only [A-Za-z0-9_], so
 * "Akbaş\b" failed before a space and "\bĐặng" never matched. The same edge for ASCII text.
 */
export const WORD_EDGE = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
