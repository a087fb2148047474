import { compassPair } from './compass-pair';
import { latinLetters } from './latin-letters';
import { lowerBound } from './lower-bound';
import { TITLE_ABBREVIATIONS } from './title-abbreviations';

/**
 * The tokenizer the name scanners read: words keep their offsets in the text, so a found name maps
 * back to its place (tokenize-words.ts instead gives stems for matching questions to copy).
 */

/** A word with its offsets inside the scanned text. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** "Flynn's" -> possessive, text "Flynn". */
  possessive: boolean;
}

/** An initial, an initialism, a title (title-abbreviations.ts; of the plurals, "Sens." and "Reps.") or a suffix keeps its stop. */
const KEEP_DOT = new RegExp(
  `^(?:[A-Z]|(?:[A-Za-z]\\.)+[A-Za-z]|${TITLE_ABBREVIATIONS.join('|')}|Sens|Reps|St|Jr|Sr|Inc|Corp|Co|Ltd)\\.$`,
);
const APOSTROPHE = /['’]/;

/**
 * A word is /[A-Za-z0-9<LATIN_LETTERS>][A-Za-z0-9<LATIN_LETTERS>'’.&-]*\/, scanned by hand: tokenize runs on
 * every sentence and regex match arrays add up. It starts with a letter or digit ...
 */
function startsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && latinLetters(c));
}

/** ... and continues with those or an apostrophe, dot, ampersand or hyphen. */
function continuesWord(c: number): boolean {
  return startsWord(c) || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

/** Words of a text, with trailing sentence dots and possessive endings split off. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  for (let i = 0, n = text.length; i < n; ) {
    if (!startsWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n && continuesWord(text.charCodeAt(i)); i++);
    // "Nadroga/Navosa Provincial Council": a slash between two capitalised words joins one name; after a capitalised
    // word ("Washington Post/ABC News poll") it pairs two names, each its own.
    const prior = words[words.length - 1];
    const paired =
      !!prior &&
      isCapitalised(prior.text) &&
      /^\s+$/.test(text.slice(prior.end, start)) &&
      !compassPair(text, start, i);
    if (malayIndianParticle(text, start, i)) i += 2;
    else
      while (!paired && slashJoinsName(text, start, i)) for (i += 2; i < n && continuesWord(text.charCodeAt(i)); i++);
    const matched = text.slice(start, i);
    let raw = matched;
    let last = raw[raw.length - 1]!;
    if (last === '.' && !KEEP_DOT.test(raw)) {
      raw = raw.replace(/\.+$/, '');
      last = raw[raw.length - 1] ?? '';
    }
    let possessive = false;
    if (raw.length > 2 && isCapitalised(raw) && (last === 's' || last === "'" || last === '’')) {
      const before = raw[raw.length - 2]!;
      if (last === 's' && APOSTROPHE.test(before)) {
        possessive = true;
        raw = raw.slice(0, -2);
      } else if (last !== 's' && before === 's') {
        possessive = true;
        raw = raw.slice(0, -1);
      }
    }
    if (!possessive && (last === '-' || last === "'" || last === '’')) {
      raw = raw.replace(/[-'’]+$/, '');
      // A full stop inside closing marks ("utter: ''Donald Trump.''") ends the sentence, not the name.
      if (raw.endsWith('.') && !KEEP_DOT.test(raw)) raw = raw.replace(/\.+$/, '');
    }
    if (raw === '') continue;
    words.push({ text: raw, start, end: start + (possessive ? matched.length : raw.length), possessive });
  }
  return words;
}

/** A slash at end, between a capitalised word (from start) and a capitalised letter. */
function slashJoinsName(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 47 && isCapitalised(text[start]!) && isCapitalised(text[end + 1] ?? '');
}

/** "Suresh Nair a/l Ramasamy": the Malaysian "a/l" (son of) and "a/p" (daughter of) are one particle (name-particles.ts). */
function malayIndianParticle(text: string, start: number, end: number): boolean {
  return end === start + 1 && text[start] === 'a' && /^\/[lp]\s+\p{Lu}/u.test(text.slice(end, end + 4));
}

/** An upper-case first letter: ASCII read by code, any other by its Unicode category ("Đặng", "Şükrü"). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(word[0]!);
}

const UPPER = /\p{Lu}|\p{Lt}/u;

/** A word lower-cased without its kept dot ("Gov." -> "gov"), for the role-head table. */
export function lowerWord(word: Word): string {
  const text = word.text.toLowerCase();
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** Index of the first word starting at or after `offset` (binary search: words are in order). */
export function firstWordFrom(words: Word[], offset: number): number {
  return lowerBound(words, (w) => w.start < offset);
}

/** Index of the word starting exactly at `offset`, or -1. */
export function wordIndexAt(words: Word[], offset: number): number {
  const i = firstWordFrom(words, offset);
  return words[i]?.start === offset ? i : -1;
}
