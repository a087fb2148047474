import { apposedRoleHead } from './apposed-role-head';
import { handFirstName } from './hand-first-name';
import { knownFirstName } from './known-first-name';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { surname } from './mentions-entity';
import { pluralRoleBefore } from './plural-role-before';
import { pronounAfterSurname } from './pronoun-after-surname';
import { pronounTakesQuote } from './pronoun-takes-quote';
import { roleHeadBefore } from './role-head-before';
import { surnameAsPerson } from './surname-as-person';
import { namedAsBody, usedAsBody } from './who-is-who-body-evidence';
import { wordnetWord } from './wordnet-word';

/**
 * An honorific or a title only a person holds, opening the capitalised run the name ends ("Mr. Obama", "President
 * Enrique Peña Nieto", "French President François Hollande", "Secretary General Ban"). Titles that also open a body's
 * or a thing's name are left out: "General Electric", "Chief Executive", "Leader", "Speaker", "Officer".
 */
const TITLED_RUN = literalPattern(
  "(?<![\\p{L}\\p{M}'’])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord|Baroness|Sen|Rep|Gov|Pres|Gen\\.|Adm|Lt|Rev|Prof|Sgt|Capt|Col|Det|Cllr|Councillor|Senator|Governor|President|Chancellor|Pope|Mayor|Judge|Justice|Professor|Bishop|Archbishop|Chairman|Chairwoman|Congressman|Congresswoman|Commissioner|Ambassador|Sheriff|Minister|Secretary)\\.?\\s+(?:\\p{Lu}[^\\s,;:]{0,40}\\s+){0,2}",
  '(?![\\p{L}\\p{M}])',
  'u',
);

/** The word written right after a capitalised word ("Hillary Clinton"), or with one more between ("Enrique Peña Nieto"). */
const AFTER_WORD = literalPattern("(?<![\\p{L}\\p{M}'’.-])(\\p{Lu}\\p{Ll}+)\\s+", '(?![\\p{L}\\p{M}])', 'u');
const AFTER_TWO = literalPattern(
  "(?<![\\p{L}\\p{M}'’.-])(\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}[^\\s,;:]{0,40}\\s+",
  '(?![\\p{L}\\p{M}])',
  'u',
);

/** "Chrabaszcz, who …": a relative "who" after the name. */
const WHO_AFTER = literalPattern("(?<![\\p{L}\\p{M}'’-])", "(?![\\p{L}\\p{M}'’-]),?\\s+who\\b", 'u');

/** The word whole, not inside a longer one. */
const WHOLE = literalPattern("(?<![\\p{L}\\p{M}'’-])", "(?![\\p{L}\\p{M}'’-])", 'u');

const followed = new WeakMap<readonly string[], Set<string>>();

/**
 * The words of every sentence the next of which opens on "He" or "She", read once per brief: asking each listed name
 * to scan every sentence would be quadratic on a pasted roster.
 */
function beforePronoun(sentences: readonly string[]): Set<string> {
  let words = followed.get(sentences);
  if (!words) {
    words = new Set();
    for (const [i, s] of sentences.entries())
      if (/^["“‘']?(?:He|She)\s/.test(sentences[i + 1] ?? ''))
        for (const w of s.match(/[\p{L}\p{M}'-]+/gu) ?? []) words.add(w);
    followed.set(sentences, words);
  }
  return words;
}

const INITIAL = /^(?:\p{Lu}\.)+$/u;

/**
 * A capitalised word of English by the related stems (wordnet-word.ts), or one the copy writes in lower case: "Black",
 * "Work", "Hedge". Not the full lemma list (english-word.ts): it holds many names ("Drew", "Baker"), and a run of them
 * would then need the evidence a body's name needs.
 */
function dictionaryOrLowerCaseWord(word: string, copy: string): boolean {
  return wordnetWord(word) || hasLiteralMatch(copy, word.toLowerCase(), WHOLE);
}

/**
 * Whether a listed name must show the copy's evidence that it is a person's: a lone word ("Politico", "Electric",
 * "Keidis") or a run of English words only ("Black Girls Rock", "Zero Hedge", "Women Who Work"), which may as well
 * name a body, a title or a slogan. A run with a word of no dictionary ("Ilya Shapiro", "Newt Gingrich") is a name.
 */
function needsEvidence(name: string, copy: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 1 || words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && dictionaryOrLowerCaseWord(w, copy));
}

/**
 * Whether the copy gives positive evidence that a listed name is a person's (issue 13: people only), where the name
 * alone does not (`needsEvidence`). Being quoted is none: "Politico responded", "Zero Hedge said", "General Electric
 * says that in 2012 it paid" — bodies speak too. Evidence is a known first name opening the name or standing alone
 * ("Melanie said"); the copy writing it after a first name ("Clinton" beside the headline's "Hillary Clinton"), after
 * an honorific or a person's title ("Mr. Trump", "French President François Hollande"); a role the copy sets beside it
 * (the role found, with a word in lower case: "Band member Flea", "Sophie in 't Veld, a Dutch liberal member"); or a
 * clause that goes on about it with "who", "he" or "she" ("Dean, who", "Labott said she").
 */
export function whoIsWhoPersonEvidence(
  listed: string,
  role: string | null,
  copy: string,
  sentences: readonly string[],
): boolean {
  // The copy is read with one apostrophe (the caller's `evidenceCopy`): "O'Neill" is also written "O’Neill".
  const name = listed.replace(/’/g, "'");
  // A name by its shape ("Bola Tinubu", "Recep Tayyip Erdogan") is a person's however the copy uses it: people say
  // things in statements and have offices and spokesmen too (review s33 B-org45-1). Only what a body alone has asks
  // for a person's evidence: its head word closing it ("Brookings Institution", "Acme Holdings") or a body's plural
  // ("Rhondda Miners have called a march": no one person "have"). Shares and customers are a person's too.
  // A name the copy uses as a body's ("Shares of Lockheed Martin rose", never "Martin" alone) asks for a person's
  // evidence too, and a role found beside it (a body's description) is none.
  const body = usedAsBody(name, copy);
  if (!body && !needsEvidence(listed, copy) && !namedAsBody(name, copy)) return true;
  const words = name.split(/\s+/);
  if (words.length === 1 && joinedTail(name, copy)) return false;
  const first = words[0]!;
  // A lone word in the stdlib lists may be a place or a word ("Cleveland", "Grant"): alone, only the hand tables count.
  const handTable = (word: string): boolean => handFirstName(word);
  // Beside a body's usage, a word stdlib lists as a first name is none ("Field", "Free", "Der"): the hand tables only.
  const firstName = body ? handTable : knownFirstName;
  const given = words.length > 1 ? firstName(first) : handTable(first);
  if (given || INITIAL.test(first) || (!body && role !== null && /(?:^|\s)\p{Ll}/u.test(role))) return true;
  const last = surname(name);
  if (hasLiteralMatch(copy, name, TITLED_RUN) || (last !== name && hasLiteralMatch(copy, last, TITLED_RUN)))
    return true;
  for (const m of literalMatches(copy, last, AFTER_WORD)) if (firstName(m[1]!)) return true;
  // With a word between, a first name of the hand tables only: "Know So Far About EgyptAir" is a headline's.
  for (const m of literalMatches(copy, last, AFTER_TWO)) if (handTable(m[1]!)) return true;
  // Past a body's usage only a first name or a title says person: "who" or a pronoun nearby may be a member's ("Lockheed
  // Martin said it had hired Ann Cole, who …").
  if (body) return false;
  return (
    apposedRoleHead(name, copy) ||
    roleHeadBefore(name, copy) ||
    pluralRoleBefore(name, copy) ||
    hasLiteralMatch(copy, last, WHO_AFTER) ||
    pronounAfterSurname(name, last, copy, true) ||
    pronounTakesQuote(name, copy) ||
    surnameAsPerson(last, sentences) ||
    // "'I have worked here all my life,' Farrant said. She said …": the next sentence opens on the person's pronoun.
    beforePronoun(sentences).has(last)
  );
}

/** A capitalised word and "and" or "&" before the name: "Marks and Spencer", "Procter & Gamble". */
const JOINED = /\p{Lu}[\p{L}\p{M}'-]*\s+(?:and|&)\s+$/u;

/**
 * Whether the copy writes a lone word only as the tail of a longer name joined by "and" ("Marks and Spencer said",
 * never "Spencer" alone): a firm's name the name finder cut, whatever a first-name list says of its last word.
 */
function joinedTail(name: string, copy: string): boolean {
  let mentions = 0;
  for (const m of literalMatches(copy, name, WHOLE)) {
    if (!JOINED.test(copy.slice(Math.max(0, m.index - 30), m.index))) return false;
    mentions++;
  }
  return mentions > 0;
}

/**
 * The copy and its sentences with one apostrophe, as `whoIsWhoPersonEvidence` reads them: made once per brief. Only
 * "’", not tokenize-words' foldApostrophes: "‘" opens a British quotation ("‘Marsh is …’"), and as "'" it would join the
 * name it opens, which WHOLE then no longer finds.
 */
export function evidenceCopy(text: string): string {
  return text.replace(/’/g, "'");
}
