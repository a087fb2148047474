import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { literalMatches, literalPattern } from './literal-matches';
import { PLACES } from './place-words';
import { TITLE_WORDS } from './split-title';
import { LEAD_IN, NOT_FIRST } from './without-lead-in';
import { wordBounded } from './word-bounded';

/**
 * "Khizr and Ghazala Khan", "Bill and Hillary Clinton": two given names sharing one surname name two
 * people, and the name finder reads only the second ("Ghazala Khan"). Whether `first`, written as
 * "<first> and <partner's given name> <surname>" with `before` the word ahead of it, is a given name
 * of its own that takes the surname ("Khizr Khan").
 *
 * Nothing in the copy may say it is a surname: it must not follow a capitalised word ("Richard Alba and
 * Nancy Foner" is two people; a title such as "Presidents George and Laura Bush" is fine), the copy must
 * never write it after a first name, title or honorific ("Obama and Hillary Clinton": "President
 * Obama"), and it must appear nowhere but before the shared surname ("Warren and Bernie Sanders" fails
 * on a lone "Warren said"). A word in no first-name table is a given name only when the copy also names
 * the pair or the full name ("the Khans", "Mr. and Mrs. Khan", "Khizr Khan's speech"): "a devout
 * Catholic and Donald Trump supporter" and "Biden and Susan Rice" have none.
 */
export function coordinatedGivenName(
  first: string,
  surname: string,
  before: string | undefined,
  text: string,
): boolean {
  if (!givenNameWord(first) || PLACES.has(first) || first === surname) return false;
  if (before !== undefined && titleOrCapital(before)) return false;
  if (writtenAsSurname(first, text) || !onlyBefore(first, surname, text)) return false;
  return handFirstName(first) || pairedInCopy(first, surname, text);
}

function givenNameWord(word: string): boolean {
  return (
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word) &&
    !NOT_FIRST.has(word) &&
    !HONORIFICS.has(word) &&
    !TITLE_WORDS.test(word) &&
    !LEAD_IN.test(word) &&
    !/^(?:He|She|They|We|You|It)$/.test(word)
  );
}

/** A capitalised word that is no title: the first word ends someone else's name ("Richard Alba and …"). */
function titleOrCapital(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  // "Presidents George and Laura Bush", "Mr. and Mrs.": a title or honorific, plural or not, opens the pair.
  const bare = word.replace(/\.$/, '');
  return !(
    HONORIFICS.has(bare) ||
    HONORIFICS.has(word) ||
    TITLE_WORDS.test(bare) ||
    TITLE_WORDS.test(bare.replace(/s$/, ''))
  );
}

/**
 * `(\p{Lu}\p{Ll}+)\.? word\b` and the word standing whole, read around the word's occurrences with two expressions
 * built once: a fresh expression per word with `\p{…}` classes was parsed (~0.4 ms, the classes expanded) and compiled
 * to native code at its first run (~0.6 ms), per candidate name.
 */
const WORD_BEFORE = literalPattern(String.raw`(\p{Lu}\p{Ll}+)\.? `, String.raw`\b`, 'u');
const STANDS_WHOLE = literalPattern("(?<![\\p{L}'’-])", "(?![\\p{L}'’-])", 'u');

/** "President Obama", "Barack Obama", "Mr. Obama": the copy writes the word as someone's surname. */
function writtenAsSurname(word: string, text: string): boolean {
  // Not read when the copy never writes " word".
  if (!text.includes(` ${word}`)) return false;
  for (const m of literalMatches(text, word, WORD_BEFORE)) {
    const before = m[1]!;
    if (HONORIFICS.has(before) || TITLE_WORDS.test(before) || handFirstName(before)) return true;
  }
  return false;
}

/** Every time the copy writes the word, the shared surname or the pair follows: it is used as a given name only. */
function onlyBefore(word: string, surname: string, text: string): boolean {
  const w = escapeRegExp(word);
  const all = [...literalMatches(text, word, STANDS_WHOLE)].length;
  // Never written whole: the pair's expression (compiled per word) has nothing to count.
  if (all === 0) return false;
  const pair = `(?:(?:and|&) \\p{Lu}\\p{Ll}+ (?:[A-Z]\\. ?)*)?`;
  const asGiven =
    text.match(new RegExp(`(?<![\\p{L}'’-])${w} ${pair}${escapeRegExp(surname)}${WORD_EDGE}`, 'gu'))?.length ?? 0;
  return all === asGiven;
}

/** "the Khans", "Mr. and Mrs. Khan", or the full name written out: the copy says the surname is shared by a pair. */
function pairedInCopy(first: string, surname: string, text: string): boolean {
  const s = escapeRegExp(surname);
  return (
    new RegExp(`${WORD_EDGE}${s}(?:es|s)\\b|\\bMr\\.? (?:and|&) Mrs\\.? ${s}${WORD_EDGE}`).test(text) ||
    wordBounded(text, `${first} ${surname}`)
  );
}
