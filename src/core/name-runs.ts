import { AFFILIATIONS } from './affiliations';
import { afterRoleObject } from './after-role-object';
import { HONORIFICS } from './honorifics';
import { NOT_NAMES } from './not-names';
import { ORG_HEADS } from './org-heads';
import { PLACES } from './place-words';
import { ROLE_HEADS } from './role-heads';

/** A word with its offsets inside the scanned text. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** "Flynn's" -> possessive, text "Flynn". */
  possessive: boolean;
}

/** A run of capitalised words (with inner connectors such as "of the"), e.g. a name or a title. */
export interface NameRun {
  words: Word[];
  start: number;
  end: number;
}

/** Name particles: "Nick Van den Brul", "Ursula von der Leyen". */
const PARTICLES = new Set([
  'de',
  'du',
  'da',
  'di',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'dos',
  'das',
  'del',
  'ter',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'to', '&', 'on', ...PARTICLES]);
const KEEP_DOT =
  /^(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Sens|Rep|Reps|Gov|Del|Gen|Lt|Col|Capt|Sgt|Maj|Cmdr|Adm|Atty|Rev|Prof|Inc|Corp|Co|Ltd)\.$/;
const APOSTROPHE = /['’]/;

/**
 * A word is /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’.&-]*\/, scanned by hand: tokenize runs on
 * every sentence and regex match arrays add up. It starts with a letter or digit ...
 */
function startsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
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
    if (!possessive && (last === '-' || last === "'" || last === '’')) raw = raw.replace(/[-'’]+$/, '');
    if (raw === '') continue;
    words.push({ text: raw, start, end: start + (possessive ? matched.length : raw.length), possessive });
  }
  return words;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Runs of capitalised words; only spaces (or a connector word) may sit between them. */
export function findNameRuns(text: string, words: Word[] = tokenize(text)): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    while (current.length > 0 && !isCapitalised(current[current.length - 1]!.text)) current.pop();
    if (current.length > 0) {
      runs.push({ words: current, start: current[0]!.start, end: current[current.length - 1]!.end });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // Never read current[-1]: an out-of-range negative index is a slow property lookup in V8.
    const prev = current.length > 0 ? current[current.length - 1] : undefined;
    const joined = prev !== undefined && !prev.possessive && onlySpaces(text, prev.end, word.start);
    const capital = isCapitalised(word.text);
    if (!capital && !joined) {
      flush();
      continue;
    }
    const following = words[i + 1];
    const connector =
      !capital &&
      CONNECTORS.has(word.text) &&
      current.length > 0 &&
      joined &&
      following !== undefined &&
      (CONNECTORS.has(following.text) ||
        (isCapitalised(following.text) && !NOT_NAMES.has(following.text)) ||
        roleOfPlace(prev!, following, words[i + 2]));
    if (capital || connector) {
      if (prev && !joined) flush();
      current.push(word);
      if (word.possessive) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

export interface PersonParse {
  /** The name without honorific, e.g. "Devin Nunes". */
  name: string;
  /** Words before the name that form a title, e.g. "US House Intelligence Committee Chairman". */
  title: string;
  honorific: string | null;
  /** Offsets of the name itself inside the scanned text. */
  start: number;
  end: number;
  /** True when an honorific or a role word proves it is a person. */
  certain: boolean;
  /** "Flynn's attorney": the name owns something rather than being the subject. */
  possessive: boolean;
}

function lower(word: Word): string {
  const text = word.text.toLowerCase();
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/**
 * Reads a capitalised run as "[title] [honorific] Name" when it can be a person. Returns null for
 * runs that are organisations, places or plain capitalised words.
 */
export function parsePerson(run: NameRun): PersonParse | null {
  // "Zara Hyde Peters of UK Athletics": a name before a connector wins over an organisation after it.
  const connector = run.words.findIndex((w) => !isCapitalised(w.text) && !PARTICLES.has(w.text));
  if (connector >= 1) {
    const lead = run.words.slice(0, connector);
    const leadParse = parseWords({ words: lead, start: lead[0]!.start, end: lead[lead.length - 1]!.end });
    if (leadParse && (leadParse.certain || leadParse.name.includes(' '))) {
      const tail = run.words.slice(connector).filter((w) => isCapitalised(w.text));
      const place = PLACES.has(tail.map((w) => w.text).join(' '));
      if (leadParse.certain || place || tail.some((w) => !isNameWord(w) || NOT_NAMES.has(w.text))) return leadParse;
    }
  }
  return parseWords(run);
}

/** Generational suffixes after a surname ("Vann R. Newkirk II", "Martin Luther King Jr."). */
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

function parseWords(run: NameRun): PersonParse | null {
  let words = run.words;
  while (words.length > 2 && SUFFIXES.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
  const roleObject = roleObjectStart(words);
  // "Secretary of State John Kerry": the role's department or place is not part of the name.
  const roleOf = roleObject > 0;
  let first = roleOf ? afterRoleObject(words, roleObject) : words.length;
  if (first < 0) return null; // "the Mayor of Springfield", "Secretary of Defense": no one named
  if (!roleOf) {
    while (first > 0 && words.length - first < 4 && nameWordAt(words, first - 1)) first--;
    if (first > 0 && nameWordAt(words, first - 1)) return null; // five name-like words: a title
    // A name never starts with a sentence word such as "The" or a month.
    while (first < words.length && (NOT_NAMES.has(words[first]!.text) || PARTICLES.has(words[first]!.text))) first++;
    if (first >= words.length) return null;
  }
  const nameWords = words.slice(first);
  // "Super Tuesday", "Black Friday": a day or month ends no one's name.
  if (nameWords.length > 1 && CALENDAR.has(nameWords[nameWords.length - 1]!.text)) return null;
  if (words[first - 1]?.text === 'The') return null; // "The Weakest Link" names a thing
  let h = first - 1;
  let honorific: string | null = null;
  while (h >= 0 && HONORIFICS.has(words[h]!.text)) {
    honorific ??= words[h]!.text;
    h--;
  }
  const before = words[first - 1];
  const roleBefore = before !== undefined && ROLE_HEADS.has(lower(before));
  return {
    name: nameWords.map((w) => w.text).join(' '),
    title: words
      .slice(0, h + 1)
      .map((w) => w.text)
      .join(' '),
    honorific,
    start: nameWords[0]!.start,
    end: nameWords[nameWords.length - 1]!.end,
    certain: honorific !== null || roleBefore || roleOf,
    possessive: nameWords[nameWords.length - 1]!.possessive,
  };
}

/** "Governor of New York": a two-word place after a role's "of", though "New" starts no name. */
function roleOfPlace(role: Word, word: Word, next: Word | undefined): boolean {
  return next !== undefined && ROLE_HEADS.has(lower(role)) && PLACES.has(`${word.text} ${next.text}`);
}

/** After "<role> of", only name-like words: where they start, else -1. */
function roleObjectStart(words: Word[]): number {
  const of = words.findLastIndex((w) => w.text === 'of');
  if (of < 1 || !ROLE_HEADS.has(lower(words[of - 1]!)) || of === words.length - 1) return -1;
  for (let i = of + 1; i < words.length; i++) if (!nameWordAt(words, i)) return -1;
  return of + 1;
}

/** Could the word be part of a person's name (not a title, an acronym, a connector, a number)? */
function isNameWord(word: Word): boolean {
  const text = word.text;
  if (PARTICLES.has(text)) return true;
  if (!isCapitalised(text) || HONORIFICS.has(text) || ORG_HEADS.has(text) || AFFILIATIONS.has(text)) return false;
  // Title case puts a capital on "By" ("Reporting By Jane Doe", "Stabbed By Her Husband"): no name word.
  if (text === 'By') return false;
  if (ROLE_HEADS.has(lower(word))) return false;
  return !NOT_NAME_SHAPE.test(text);
}

const INITIALS = /^(?:[A-Z]\.){1,3}$/;
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December'.split(
    ' ',
  ),
);

/** An initial is part of a name when a name word follows it ("Janet L. Yellen", "G.K. Butterfield"). */
function nameWordAt(words: Word[], i: number): boolean {
  return isNameWord(words[i]!) || (i < words.length - 1 && INITIALS.test(words[i]!.text) && isNameWord(words[i + 1]!));
}

/** Digits, contractions ("I've"), acronyms ("BBC", "U.S"), the pronoun "I" ("Do I need ..."). */
const NOT_NAME_SHAPE = /\d|['’](?:ve|m|ll|re|d|t)$|^[A-Z]{2,}$|^(?:[A-Z]\.)+[A-Z]?$|^I$/;

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Index of the first word starting at or after `offset` (binary search: words are in order). */
export function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the word starting exactly at `offset`, or -1. */
export function wordIndexAt(words: Word[], offset: number): number {
  const i = firstWordFrom(words, offset);
  return words[i]?.start === offset ? i : -1;
}
