import { closedClassGiven } from './closed-class-given';
import { englishWord } from './english-word';
import { handFirstName } from './hand-first-name';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * The joined titles read in one copy ("Roads and Transport Minister" → whether "Roads" stands only in it), kept by
 * whoever asks many people's roles in that copy (who is who, once per analysis): a roster of ministers under one
 * joined title asks the same title once per person, and each reading walks every place the word is written, so kept,
 * the copy is walked once. Held by the caller, not the module, so no copy outlives its analysis.
 */
export type JoinedTitles = Map<string, boolean>;

/**
 * "Oceans and Fisheries Commissioner Henrik Lind", "Roads and Transport Minister Jane Okafor": a portfolio of two
 * parts joined by "and" is one title; the role read before the name stops at "and", so "Fisheries Commissioner" says
 * half of it (audit 56's B-a56-19). The word before "and" joins the title when it is a common English word written
 * with its capital that the copy writes nowhere else (a portfolio's noun, not a surname or a subject: "Rutte and
 * Transport Minister …" keeps the bare title) and no capitalised word stands right before it (a name's second word).
 *
 * Read from where the name is written, back to the word before "and", not by a pattern per person over the whole
 * copy: who is who asks every person's role, so a roster of n names read the copy n times (session 56).
 */
export function andJoinedOffice(
  role: string,
  names: readonly string[],
  text: string,
  titles: JoinedTitles = new Map(),
): string {
  if (!/^[A-Z]/.test(role)) return role;
  for (const name of names) {
    const word = joinedWord(role, name, text);
    // A pronoun or another closed-class word ("He and Finance Committee Chairman …") is no portfolio's noun.
    if (!word || !englishWord(word.toLowerCase()) || handFirstName(word) || closedClassGiven(word)) continue;
    // "Congress and President Obama", "He and House Judiciary Committee Chairman …": a word the copy also writes
    // elsewhere, out of this title, is a name or a subject of its own; a portfolio's noun stands only in its title.
    if (!onlyInTitle(word, role, text, titles)) continue;
    return `${word} and ${role}`;
  }
  return role;
}

/**
 * The word opens the title: it starts a word (no letter, digit, apostrophe or hyphen before it), and no capitalised
 * word stands one space before it ("Kate Roads and Transport Minister …": a name's second word).
 */
const OPENS_TITLE = /(?<![\w'’-])(?<!\p{Lu}[\p{L}\w'’-]*\s)/uy;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
const isSpace = (ch: string): boolean => ch.trim() === '';

/**
 * The word of "<Word> and <role> <name>" the copy writes first (the leftmost such title), or undefined: read back
 * from each place the name is written, over the spaces to the role, " and " and the capitalised word before it.
 */
function joinedWord(role: string, name: string, text: string): string | undefined {
  let first: { at: number; word: string } | undefined;
  for (const q of textOccurrences(text, name)) {
    if (!wordBoundaryAt(text, q + name.length)) continue;
    // The role ends somewhere in the run of spaces before the name, one space at least after it.
    for (let end = q - 1; end >= 0 && isSpace(text[end]!); end--) {
      const at = end - role.length - ' and '.length;
      if (at < 1 || !text.startsWith(role, end - role.length) || !text.startsWith(' and ', at)) continue;
      let start = at;
      while (start > 0 && LOWER.test(text[start - 1]!)) start--;
      // "[A-Z][a-z]+": one capital, then one lower-case letter at least.
      if (start === at || start === 0 || !UPPER.test(text[--start]!)) continue;
      OPENS_TITLE.lastIndex = start;
      if (!OPENS_TITLE.test(text) || (first && first.at <= start)) continue;
      first = { at: start, word: text.slice(start, at) };
    }
  }
  return first?.word;
}

/**
 * Whether every place the copy writes the word is the start of "<word> and <role>", one after another: the count of
 * the word standing alone equals the count of the joined title, as the rule reads it.
 */
function onlyInTitle(word: string, role: string, text: string, titles: JoinedTitles): boolean {
  const title = `${word} and ${role}`;
  let only = titles.get(title);
  if (only === undefined) {
    only = everyPlaceTitled(word, title, text);
    titles.set(title, only);
  }
  return only;
}

function everyPlaceTitled(word: string, title: string, text: string): boolean {
  let after = 0;
  for (const at of textOccurrences(text, word)) {
    if (!wordBoundaryAt(text, at) || !wordBoundaryAt(text, at + word.length)) continue;
    // A title begun inside the one before it is not counted again.
    if (at < after || !text.startsWith(title, at) || !wordBoundaryAt(text, at + title.length)) return false;
    after = at + title.length;
  }
  return true;
}
