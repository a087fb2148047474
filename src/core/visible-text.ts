import { markdownEmphasis } from './markdown-emphasis';

/**
 * Invisible format characters a page leaves inside words: the soft hyphen (U+00AD, "Doug \u00adAndres"), the
 * zero-width space (U+200B), the word joiner (U+2060) and the zero-width no-break space or byte-order mark
 * (U+FEFF). A reader never sees them, but every word test does: a name opening on one has no capital.
 * The joiners that shape emoji and scripts (U+200C, U+200D) change what is seen and stay.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_CODES = new Set([0xad, 0x200b, 0x2060, 0xfeff]);
/**
 * Every space character other than " " (Unicode Zs: the no-break space U+00A0 a page puts after "Sen.", the narrow
 * no-break space U+202F French copy and date formatting use, the figure and thin spaces U+2007, U+2009, …) is read as
 * a space: word tests written with " " ("Sen. Ann Lee", a name's parts) would otherwise see one word (review
 * B-r40-8). These are all of Unicode's Zs but " "; each is one code unit, so the length and the offsets stay.
 */
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const HAS_OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/**
 * The line and paragraph separators (U+2028, U+2029) a CMS export or a pasted page carries are line breaks to a
 * reader, and a zero-width space between a letter and a capital marks the word boundary a space would ("Helen\u200b
 * Marsh" is two words, not "HelenMarsh"; review B-r41-17) when three letters or more stand before it: a CMS also
 * breaks a name after its short prefix ("Mc\u200bQuist", "De\u200bVries", "i\u200bPhone"), which stays one word (review
 * B-r42-10). Each is one code unit and becomes one, so offsets stay.
 */
const LINE_SEPARATOR = /[\u2028\u2029]|(?<=\p{L}{3})\u200b(?=\p{Lu})/gu;
const HAS_LINE_SEPARATOR = /[\u2028\u2029]|\p{L}{3}\u200b\p{Lu}/u;
/**
 * The characters HAS_LINE_SEPARATOR needs, one of which it must find: a scan for them is far cheaper than the pattern's
 * letter classes tried at every position of the copy (~0.3% of an analysis), and copy rarely holds one.
 */
const SEPARATOR_CHAR = /[\u2028\u2029\u200b]/;

export interface VisibleText {
  /** The text without the invisible characters. */
  text: string;
  /** An offset into `text` mapped to the input's; an end offset maps to just past the character before it. */
  original: (offset: number, isEnd?: boolean) => number;
}

/** The text as read, with a map of its offsets back into the input, so spans still cite the input. */
export function visibleText(input: string): VisibleText {
  const broken =
    SEPARATOR_CHAR.test(input) && HAS_LINE_SEPARATOR.test(input)
      ? input.replace(LINE_SEPARATOR, (c) => (c === '\u200b' ? ' ' : '\n'))
      : input;
  const spaced = HAS_OTHER_SPACE.test(broken) ? broken.replace(OTHER_SPACE, ' ') : broken;
  // Markdown's strong markers and the bold run-in heading they mark are not seen on the rendered page either
  // (audit 52, B-a52-10); read here, where the text enters, so every reader and every offset agrees.
  const markup = markdownEmphasis(spaced);
  if (markup.length === 0 && !INVISIBLE.test(spaced)) return { text: spaced, original: (offset) => offset };
  const kept: number[] = [];
  let span = 0;
  for (let i = 0; i < spaced.length; i++) {
    while (span < markup.length && markup[span]![1] <= i) span++;
    if (span < markup.length && markup[span]![0] <= i) continue;
    if (!INVISIBLE_CODES.has(spaced.charCodeAt(i))) kept.push(i);
  }
  return {
    text: kept.map((i) => spaced[i]).join(''),
    original: (offset, isEnd = false) => {
      if (isEnd) return offset === 0 ? 0 : kept[offset - 1]! + 1;
      return offset < kept.length ? kept[offset]! : input.length;
    },
  };
}
