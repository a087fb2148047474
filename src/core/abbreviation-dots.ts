import { TITLE_ABBREVIATIONS } from './title-abbreviations';

/**
 * Full stops that end a title or an initial ("Mr.", "Sen.", "Janet L. Yellen", "G.K.") are not
 * clause ends. Tag patterns stop at a full stop, so they read a copy of the text with those dots
 * replaced by a private-use character (same length, offsets unchanged) and restore them after.
 */
const DOT_MASK = '\uE000';
/** A title (title-abbreviations.ts; of the plurals, "Sens." and "Reps.") or a name's suffix, and its stop. */
const TITLE_DOT = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS.join('|')}|Sens|Reps|Jr|Sr|St)\\.(?=\\s|$)`, 'g');
/** A capital initial followed by another capital word: "L. Yellen", "G.K. Butterfield". */
const INITIAL_DOT = /\b[A-Z]\.(?=\s?[A-Z])/g;
/** The last stop of an initialism inside a sentence ("U.S. officials"): its other stops go by INITIAL_DOT. */
const INITIALISM_END = /(?<=\b[A-Z][.\uE000][A-Z])\.(?=\s+[a-z])/g;
const MASKED = /\uE000/g;
/** A stop with a comma right after it ends an abbreviation, never a clause: "Raleigh, N.C., said", "Ill., who". */
const STOP_BEFORE_COMMA = /\.(?=,)/g;

/** A cheap first look: a capital letter, up to five letters, then a dot not at the end; or a stop before a comma. */
const MAYBE = /[A-Z][A-Za-z]{0,5}\.(?=\s?[A-Za-z(])|\.,/;

export function maskAbbreviationDots(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text
    .replace(TITLE_DOT, (m) => `${m.slice(0, -1)}${DOT_MASK}`)
    .replace(INITIAL_DOT, (m) => `${m[0]}${DOT_MASK}`)
    .replace(INITIALISM_END, DOT_MASK)
    .replace(STOP_BEFORE_COMMA, DOT_MASK);
}

export function restoreAbbreviationDots(text: string): string {
  return text.includes(DOT_MASK) ? text.replace(MASKED, '.') : text;
}
