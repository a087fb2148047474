import { frontedSubjectAfter } from './fronted-phrase';
import { pastNameBracket } from './name-bracket';
import type { NameRun } from './name-runs';
import type { PersonParse } from './parse-person';
import { personNoun } from './person-noun';
import { personNounTitle } from './person-noun-title';
import { pluralRoleWord } from './plural-role-head';
import { portfolioTitle } from './portfolio-list';
import { postBeforeAddress } from './post-before-address';
import { predicateOpener } from './predicate-opener';
import { isRoleHead } from './role-heads';
import { roleLeadIn, withoutAs } from './role-lead-in';
import { ROLE_QUALIFIERS } from './role-qualifiers';
import { roleRunOf } from './role-run-of';
import { SPEECH_VERBS } from './speech-verbs';
import { titleOfPlural } from './split-title';
import { isCapitalised, type Word, wordIndexAt } from './tokenize';

const STOPS = new Set([
  'the',
  'a',
  'an',
  'by',
  'with',
  'from',
  'at',
  'in',
  'on',
  'as',
  'and',
  'that',
  'who',
  'which',
  'when',
  'while',
  'but',
  'said',
]);

/** Determiners and possessive determiners: a word that opens a noun phrase, never the last word of a role. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/;

function cleanRole(role: string): string {
  // "As President Obama prepared…": Entity.role (analyze --json) is the title alone, as who is who shows it.
  return withoutAs(roleLeadIn(role))
    .replace(/[\s,;:]+$/, '')
    .trim();
}

/** Role words right before the name: "Flynn's attorney Robert Kelner", "EC spokeswoman X". */
function roleBefore(text: string, words: Word[], run: NameRun, parse: PersonParse): string | null {
  // "the MP for Eastfield, Ria Penn,": a title ending on its preposition has that word's object after it (a seat, a
  // place), not a person's name.
  if (/\s(?:for|of)$/.test(parse.title)) return null;
  // "Passenger Ana Ruiz": parse-person.ts read a person noun before the given name as the title; it is the role.
  if (parse.title?.split(' ').some(isRoleHead) || personNounTitle(parse.title?.split(' ').pop() ?? '')) {
    // "Deputy Mayors Ruth Okonkwo and Carl Brandvik": a title that holds a list's earlier names is the list's plural.
    if (/\s(?:and|&)$/.test(parse.title)) return listTitle(parse.title);
    // Lower-case role words may run into the title: "Liberal Democrat spokeswoman for women".
    return cleanRole(postBeforeAddress(parse.title, parse.honorific));
  }
  let i = wordIndexAt(words, run.start) - 1;
  const taken: Word[] = [];
  let next = run.words[0]!;
  while (i >= 0 && taken.length < 8) {
    const word = words[i]!;
    if (!/^[ \t]+$/.test(text.slice(word.end, next.start))) break;
    const lower = word.text.toLowerCase();
    if (STOPS.has(lower) || SPEECH_VERBS.has(lower)) break;
    const connector = (lower === 'of' || lower === 'for' || lower === 'to') && taken.length > 0;
    const fits =
      isCapitalised(word.text) ||
      isRoleHead(lower) ||
      ROLE_QUALIFIERS.has(lower) ||
      lower.includes('-') ||
      connector ||
      // "spokeswoman for women Sandra Gidley": the object of a role's preposition. A determiner opens a noun phrase
      // the capitals after it modify ("director of her Telluride class"): no role ends on one (audit 53, B-a53-11).
      (/^(?:for|of)$/.test(words[i - 1]?.text ?? '') &&
        isRoleHead(words[i - 2]?.text ?? '') &&
        !DETERMINER.test(lower));
    if (!fits) break;
    taken.unshift(word);
    next = word;
    i--;
    if (word.possessive) break;
  }
  while (
    taken.length > 0 &&
    !isCapitalised(taken[0]!.text) &&
    !isRoleHead(taken[0]!.text) &&
    !ROLE_QUALIFIERS.has(taken[0]!.text.toLowerCase())
  ) {
    taken.shift();
  }
  if (!taken.some((w) => isRoleHead(w.text))) return null;
  // "Transport minister Ayşe Ağaoğlu and Tim Hale": the run's earlier names stand between the role and this name, so
  // the role is theirs; it is both people's only when its head is plural ("Transport ministers A and B").
  if (/(?:^|\s)(?:and|&)$/.test(parse.title) && !pluralHead(taken[taken.length - 1]!.text)) return null;
  const start = taken[0]!.start;
  const end = taken[taken.length - 1]!.end;
  return cleanRole(text.slice(start, end));
}

function pluralHead(word: string): boolean {
  return !isRoleHead(word.toLowerCase()) && pluralRoleWord(word);
}

/**
 * "Deputy Mayors Ruth Okonkwo and": the title words up to the title's plural ("Deputy Mayors", "Attorneys General"),
 * which who is who reads as each listed person's office; null when no plural opens the list (say less).
 */
function listTitle(title: string): string | null {
  const words = title.split(' ');
  const general = (i: number): boolean => words[i + 1] === 'General' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[i]!);
  const plural = words.findIndex((w, i) => titleOfPlural(w) !== null || general(i));
  if (plural < 0) return null;
  return words.slice(0, plural + (general(plural) ? 2 : 1)).join(' ');
}

/**
 * "X, a former U.S. attorney, said": abbreviations such as "U.S." stay inside the role, and so does an acronym the copy
 * defines in brackets ("officer-in-charge (OC) of Dhanpur Police Station"; audit 58, B-a58-11), and an abbreviation's
 * full stop before a comma, which ends no sentence ("president of the Small Property Owners Assn., called").
 */
// One initial per repetition: "(?:[A-Z]\.){1,4}" nested in the repeated group backtracked exponentially on "A.A.A.…".
const APPOSITIVE_AFTER =
  /^,\s+((?:the|a|an)\s+)?((?:[A-Z]\.|\([A-Z]{2,6}\)|\.(?=,)|[^,.;:"“”()]){3,90}?)(?=,|\.(?:\s|$)|;|:|\s+(?:said|says|told|added|warned)\b|$)/;

/** "Rick Egelton, deputy chief economist at BMO" or "The Shadow Secretary ..., Theresa May, said". */
function roleApposed(text: string, parse: PersonParse, run: NameRun): string | null {
  // "Tapiwa Ncube (Tapi), a Labour member of …": the nickname or party tag in brackets still leaves the role apposed.
  const nameEnd = pastNameBracket(text, run.end);
  const after = APPOSITIVE_AFTER.exec(text.slice(nameEnd));
  // "In a letter to Mr Hale, the chairman said": the subject after a fronted phrase's object, no apposition.
  const fronted = after && frontedSubjectAfter(text, ownWordsStart(run, parse), nameEnd + after[0].length);
  // "The member for Dunmore, Kit Alder, asked the health minister …": a phrase opening on a finite verb is the
  // sentence's predicate; the name was the apposition, and the role words in it are someone else's. The noun phrase
  // before the name is its role then ("The coach's daughter, Ines, defended her father").
  const predicate = after !== null && !fronted && predicateOpener(after[2]!);
  const apposedTo = predicate ? nounBeforeApposed(text.slice(Math.max(0, run.start - 80), run.start)) : null;
  if (apposedTo) return apposedTo;
  if (after && !fronted && !predicate) {
    const phrase = after[2]!;
    // Role words in an appositive are lower case ("deputy chief economist") or acronyms ("MP");
    // a capitalised "Star" in "Michael Collins and Star Wars" is a title, not a role.
    const firstWords = phrase
      .split(/\s+/)
      .slice(0, 5)
      .filter((w) => !/^\p{Lu}\p{Ll}/u.test(w));
    if (firstWords.some(isRoleHead) && !/^(?:who|which|that|said|says|is|was|has|had)\b/i.test(phrase)) {
      return cleanRole(phrase);
    }
    // "Lena Ortiz, Chief Executive Officer of Corvana Labs": a release's capitalised title is a role all the same.
    if (roleRunOf(phrase)) return cleanRole(phrase);
  }
  // "The Bishop of Durham, the Rt Rev Dr Tom Wright, ..." — the title sits before the comma. Read only where a comma
  // follows the name: the two patterns below try every start of the 120 characters before it, and most names have
  // no comma after them.
  return COMMA_AFTER.test(text.slice(nameEnd, nameEnd + 6)) ? titleBeforeComma(text, run.start) : null;
}

/** The name's comma, a post-nominal the run left out before it at most ("Iwan Jones MS, "; name-runs.ts). */
const COMMA_AFTER = /^(?:\s\p{Lu}{2,4})?,/u;

/** The role a capitalised title ending in a comma gives the name after it ("The Bishop of Durham, "), or null. */
function titleBeforeComma(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 120), start).replace(/(?:the|a|an)\s+$/i, '');
  const lead =
    /(?:^|[.;:]\s+|,\s+)((?:[Tt]he\s+)?\p{Lu}[\p{L}\w'’-]*(?:\s+(?:\p{Lu}[\p{L}\w'’-]*|of|for|the|and|to))*),\s*$/u.exec(
      before,
    );
  if (lead && lead[1]!.split(/\s+/).some(isRoleHead)) return cleanRole(lead[1]!);
  // "The Minister for Transport, Tourism and Sport, ": a portfolio named by a list holds commas of its own.
  const portfolio = portfolioTitle(before);
  return portfolio && cleanRole(portfolio);
}

/**
 * "The coach's daughter, " or "his son, " before an apposed name: a possessive or determiner, up to two possessives, and
 * a role or WordNet person noun (person-noun.ts). A modified post ("The deputy mayor, Ann Fox, opened …") is left to
 * the role readers that weigh its modifiers (role-before-comma.ts): as a role here its head alone made her "the mayor".
 */
const NOUN_BEFORE =
  /(?:^|\s)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[a-z-]+['’]s\s+){0,2}([a-z-]+)),\s*$/u;

function nounBeforeApposed(before: string): string | null {
  const lead = NOUN_BEFORE.exec(before);
  return lead && (isRoleHead(lead[2]!) || personNoun(lead[2]!)) ? cleanRole(lead[1]!) : null;
}

/** The role the copy gives a person at this mention, if any. */
export function findRole(text: string, words: Word[], run: NameRun, parse: PersonParse): string | null {
  return roleBefore(text, words, run, parse) ?? roleApposed(text, parse, run);
}

/**
 * Where the name's own capitalised words start: after the last lower-case word the run swallowed before the name
 * ("Speaking to Laura Kuenssberg" is one run), so the words before it are read as the fronted phrase they open
 * (review s35 B-main-65). A run with no such word starts where it did: "Retired Gen. Ann Fox" opens no phrase.
 */
function ownWordsStart(run: NameRun, parse: PersonParse): number {
  let start = run.start;
  for (const [i, w] of run.words.entries()) {
    if (w.start >= parse.start) break;
    if (!isCapitalised(w.text)) start = run.words[i + 1]!.start;
  }
  return start;
}
