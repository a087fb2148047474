import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { nameParticle } from './name-particle';
import { PARTICLES } from './name-particles';
import { nicknameBridge } from './nickname-bridge';
import { NOT_NAMES } from './not-names';
import { ORG_HEADS } from './org-heads';
import { HYPHEN_PARTICLE } from './particle-surname';
import { PLACES } from './place-words';
import { pluralPossessiveBody, unpossessed } from './plural-possessive-body';
import { postNominalAcronym } from './post-nominal-acronym';
import { ROLE_HEADS } from './role-heads';
import { seatApposedPostNominal } from './seat-apposed-post-nominal';
import { isCapitalised, lowerWord, tokenize, type Word } from './tokenize';

/** A run of capitalised words (with inner connectors such as "of the"), e.g. a name or a title. */
export interface NameRun {
  words: Word[];
  start: number;
  end: number;
  /** The word just before the run ("in" of "in June H.R. McMaster"), when there is one; "&" after "Ernst & ". */
  previous?: string;
  /** "&" right after the run, before another capitalised word ("Varga" of "Singers Varga & Lund"). */
  ampersandAfter?: boolean;
  /** A comma list of names going on to its "and" right after the run ("Okonkwo" of "Ministers Ruth Okonkwo, Carl
   * Brandvik and Ana Ruiz"): the run is the list's first name, as one before "and" is. */
  listAfter?: boolean;
  /** Where a person named just before lives or works ("Brady Fork" of "Mary Alice Fenton of Brady Fork"): no person. */
  residence?: boolean;
}

/** ", Carl Brandvik and Ana Ruiz", ", Carl Brandvik, and Ana": up to five more names of one to three capitalised words. */
const LIST_AFTER =
  /^, (?:(?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,2}\p{Lu}[\p{L}\p{M}'’.-]*, ){0,4}(?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,2}\p{Lu}[\p{L}\p{M}'’.-]*,? (?:and|&) \p{Lu}/u;

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'to', '&', 'on', ...PARTICLES]);

/** Runs of capitalised words; only spaces (or a connector word) may sit between them. `copy` is the whole article (a nickname bridge reads it). */
export function findNameRuns(text: string, words: Word[] = tokenize(text), copy: () => string = () => text): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  let first = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    while (current.length > 0 && !nameCapital(current[current.length - 1]!.text)) current.pop();
    // Only a word the name follows with nothing but spaces between: "late.” ― Oscar" has no word before "Oscar".
    const before = words[first - 1];
    const spaced = before !== undefined && current.length > 0 && onlySpaces(text, before.end, current[0]!.start);
    // "Hamish Corrie MSP": the post after the name is no part of it.
    if (postNominalAcronym(current, spaced ? before.text : undefined) || seatApposedPostNominal(current, text))
      current.pop();
    if (current.length > 0) {
      // "Ernst & Young": the tokenizer drops the ampersand, which still tells the run after it is a firm's name's tail.
      const previous = spaced
        ? before.text
        : before && isCapitalised(before.text) && text.slice(before.end, current[0]!.start) === ' & '
          ? '&'
          : undefined;
      const end = current[current.length - 1]!.end;
      const ampersandAfter = /^ & \p{Lu}/u.test(text.slice(end, end + 4));
      // Read only where a comma follows, within the longest list the pattern allows: no scan past it.
      const listAfter = text[end] === ',' && LIST_AFTER.test(text.slice(end, end + 200));
      runs.push({
        words: current,
        start: current[0]!.start,
        end,
        previous,
        ...(ampersandAfter && { ampersandAfter }),
        ...(listAfter && { listAfter }),
      });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Never read current[-1]: an out-of-range negative index is a slow property lookup in V8.
    const prev = current.length > 0 ? current[current.length - 1] : undefined;
    // "Ramon "Bong" Dizon": the surname goes on with the given name, the nickname between them left out.
    if (prev && nicknameBridge(text, current, word, words[i + 1], copy)) {
      current.push(words[++i]!);
      if (words[i]!.possessive) flush();
      continue;
    }
    const joined =
      prev !== undefined &&
      !prev.possessive &&
      (onlySpaces(text, prev.end, word.start) || commaSuffix(text, prev, word));
    // "Samir al-Haddad", "Khalid bin Rashid al-Mansouri": a hyphened particle's surname goes on with the name before
    // it (alone, "by al-Qaeda", it starts no run).
    const capital = isCapitalised(word.text) || (joined && HYPHEN_PARTICLE.test(word.text));
    if (!capital && !joined) {
      flush();
      continue;
    }
    const following = words[i + 1];
    const connector =
      !capital &&
      (CONNECTORS.has(word.text) || nameParticle(word.text)) &&
      current.length > 0 &&
      joined &&
      following !== undefined &&
      (CONNECTORS.has(following.text) ||
        (isCapitalised(following.text) && !NOT_NAMES.has(following.text)) ||
        // "The Association of British Insurers": after a body's head word, "of British" goes on with its name.
        ((word.text === 'of' || word.text === 'for') && isCapitalised(following.text) && ORG_HEADS.has(prev!.text)) ||
        roleOfPlace(prev!, following, words[i + 2]));
    if (capital || connector) {
      if (prev && !joined) flush();
      if (current.length === 0) first = i;
      // "Transport Workers' Federation": a plural's possessive before a body's head word goes on with the name.
      const inName = word.possessive && pluralPossessiveBody(words, i, text);
      current.push(inName ? unpossessed(word, text) : word);
      if (word.possessive && !inName) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** "Governor of New York": a two-word place after a role's "of", though "New" starts no name. */
function roleOfPlace(role: Word, word: Word, next: Word | undefined): boolean {
  return next !== undefined && ROLE_HEADS.has(lowerWord(role)) && PLACES.has(`${word.text} ${next.text}`);
}

/** "Martin Luther King, Jr.": a generational suffix after a comma still ends the name. */
function commaSuffix(text: string, prev: Word, word: Word): boolean {
  return GENERATIONAL_SUFFIXES.has(word.text) && isCapitalised(prev.text) && text.slice(prev.end, word.start) === ', ';
}

/** A capitalised word, or a surname behind a hyphened particle ("al-Haddad"). */
function nameCapital(text: string): boolean {
  return isCapitalised(text) || HYPHEN_PARTICLE.test(text);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
