import { groupNameForms } from './group-name-forms';
import { singularsOf } from './singulars-of';
import { spaceChar } from './space-char';
import { wordChar } from './word-char';

/** The words an article writes with a capital that are names, not sentence openers (moved from question-clauses.ts). */

/** '"', '“', '‘' or '(': a mark a name may open after. */
function openingMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

/**
 * Organisation heads that are the type of a body, needing a name or "the" to name one (review s35 B-main-73), unlike
 * those that name one body alone in a country's copy ("Senate", "Parliament", "Treasury", "Pentagon", "City").
 */
const BODY_TYPE = new Set(
  'Union Council Committee Party Association Commission Board Department Agency Office Ministry Service Federation Institute Foundation Trust Society Club Authority Bureau Company Group School College University Court Academy Museum Alliance Coalition Forum Centre Center Organisation Organization Fund Bank'.split(
    ' ',
  ),
);

/** Whether a word, whatever its case, is a body's type ("council", "Committee"): a subject that can be scheduled. */
export function bodyTypeWord(word: string): boolean {
  return BODY_TYPE.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** [\w'’-], the characters a word is made of here. */
function inWord(c: number): boolean {
  return wordChar(c) || c === 39 || c === 0x2019 || c === 45;
}

/**
 * The words the texts write in lower case (/(?<![\w'’-])[a-z][\w'’-]*\/g), scanned by hand: the
 * lookbehind pattern ran at every character of the whole article.
 */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 97 || c > 122 || (i > 0 && inWord(text.charCodeAt(i - 1)))) continue;
      let end = i + 1;
      while (end < n && inWord(text.charCodeAt(end))) end++;
      words.add(text.slice(i, end));
      i = end;
    }
  }
  return words;
}

/**
 * An article's proper words, carrying the words its copy writes in lower case: `lowerStart` reads the copy's own
 * lower-case use of a word ("The parish council met …") before any lexicon (review s36 B-main-86), and the 47 places
 * that phrase a clause pass this one set.
 */
export class ProperWords extends Set<string> {
  /** The words the copy itself capitalises where no sentence opens: a name's evidence that no name list gives. */
  readonly written = new Set<string>();
  /**
   * Of `written`, those the copy writes alone or first in a run of capitals ("Ford Motor", "said Ford"), and the words
   * of people's names: a word written only inside a name after another capital ("the Turkish Hazelnut Exporters'
   * Association") is the name's, not a name of its own, at a sentence's opening ("Hazelnut producers", fu63).
   */
  readonly heads = new Set<string>();
  constructor(readonly lowerCase: ReadonlySet<string>) {
    super();
  }
}

/**
 * Words written with a capital somewhere other than a sentence start, and the words of the article's
 * names (people, organisations, speakers): names, not sentence openers. "Sanders has blamed…" opens
 * every sentence that names him, so only the list of names tells his capital from a sentence's.
 */
export function properWordsOf(
  texts: string[],
  names: Iterable<string> = [],
  people: ReadonlySet<string> = new Set(),
): Set<string> {
  const lowerCase = lowerCaseWords(texts);
  const words = new ProperWords(lowerCase);
  for (const name of names) {
    const parts = name.split(/\s+/);
    // "Union leaders will ballot …", "Council officials will …": a name of one word that is a body's type noun is that
    // type without its name, read off a sentence's opening capital; a name only if written so mid-sentence (the loop
    // below). A head that names one body alone ("Senate", "Congress", "Treasury", "City") is not a type noun.
    // Its plural ("Services are due to return …", "Councils will …") is the common noun too, whatever the finder read,
    // unless the finder read a person ("Banks, who had said she …": a surname, not a body's type).
    if (
      parts.length === 1 &&
      (BODY_TYPE.has(name) || (!people.has(name) && singularsOf(name).some((s) => BODY_TYPE.has(s))))
    )
      continue;
    // "County officials" (a common noun's head): the first capital is the sentence's, a name only if written so elsewhere.
    if (people.has(name)) for (const part of parts) words.heads.add(part.replace(/['’]s?$/, ''));
    for (const word of parts.length > 1 && /^[a-z]/.test(parts.at(-1)!) ? parts.slice(1) : parts) {
      const bare = word.replace(/[^\w'’-]+$/, '').replace(/['’]s?$/, '');
      // A capitalised word the copy also writes in lower case ("Critics" beside "critics") is no name.
      if (/^[A-Z][a-z]/.test(bare) && !lowerCase.has(bare.toLowerCase())) words.add(bare);
    }
  }
  for (const text of texts) {
    // The tokens of text.split(/\s+/), read in place: the split built an array of every word of the whole article
    // (its largest garbage here) to look at the few that open on a capital or a mark. `[s, e)` is a token, `[ps, pe)`
    // the one before it; as with the split, a text opening on white space has an empty first token and one ending
    // on it an empty last token (the empty token goes through the checks below as it did).
    const n = text.length;
    let ps = 0;
    let pe = tokenEnd(text, 0);
    while (pe < n) {
      const s = spacesEnd(text, pe);
      const e = tokenEnd(text, s);
      const prevStart = ps;
      const prevEnd = pe;
      ps = s;
      pe = e;
      // Only a capital, or an opening mark before one, can start a name: skip the rest unread.
      const first = s < e ? text.charCodeAt(s) : Number.NaN;
      if ((first < 65 || first > 90) && !openingMark(first)) continue;
      let ts = s;
      while (ts < e && openingMark(text.charCodeAt(ts))) ts++;
      const code = ts < e ? text.charCodeAt(ts) : Number.NaN;
      if (code < 65 || code > 90) continue;
      // After a sentence end or a colon the capital may be grammatical, not a name.
      if (
        endsSentence(text, prevStart, prevEnd) ||
        ((first === 34 || first === 0x201c) && endsClause(text, prevStart, prevEnd))
      )
        continue;
      const token = text.slice(ts, e);
      // "Dems’", "Clintons’": a plural possessive is the name too, as lowerStart strips it.
      const word = token.replace(/[^\w'’-]+$/, '').replace(/['’]s?$/, '');
      words.add(word);
      words.written.add(word);
      // The word before opens on no capital (any script's: "Östra", "Ñuñoa" are capitals, review 65's R65-9).
      const prev = text.slice(prevStart, prevEnd);
      if (!/^\p{Lu}/u.test(prev) || /^(?:The|An?|\p{Lu}\p{Ll}*[.,;:].*)$/u.test(prev)) words.heads.add(word);
      if (word === token) for (const form of groupNameForms(word, nextToken(text, e))) words.add(form);
    }
  }
  return words;
}

/** Where the token starting at `i` ends: the next white space (/\s/), or the text's end. */
function tokenEnd(text: string, i: number): number {
  while (i < text.length && !spaceChar(text.charCodeAt(i))) i++;
  return i;
}

/** Where the white space starting at `i` ends. */
function spacesEnd(text: string, i: number): number {
  while (i < text.length && spaceChar(text.charCodeAt(i))) i++;
  return i;
}

/** The token after the one ending at `end` (the split's next item: '' after trailing white space), if any. */
function nextToken(text: string, end: number): string | undefined {
  if (end >= text.length) return undefined;
  const start = spacesEnd(text, end);
  return text.slice(start, tokenEnd(text, start));
}

/** /[.!?:]["”’]?$/ on the token [start, end): it ends a sentence or a clause's lead-in. */
function endsSentence(text: string, start: number, end: number): boolean {
  let k = end - 1;
  const last = text.charCodeAt(k);
  if (k >= start && (last === 34 || last === 0x201d || last === 0x2019)) k--;
  if (k < start) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/** /[:,]$/ on the token [start, end). */
function endsClause(text: string, start: number, end: number): boolean {
  const c = end > start ? text.charCodeAt(end - 1) : 0;
  return c === 58 || c === 44;
}
