import { addressAfterPost } from './address-after-post';
import { afterRoleObject } from './after-role-object';
import { bodyNamePart } from './body-name-part';
import { acronymBodyAnd, bodyWordOpening, placeOpenedBody } from './body-word-opening';
import { compoundRank } from './compound-rank';
import { familyFirstName } from './family-first-name';
import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { imperativeOpener } from './imperative-opener';
import { knownFirstName } from './known-first-name';
import { isListedFirstName } from './listed-first-name';
import { nameParticle } from './name-particle';
import type { NameRun } from './name-runs';
import { INITIALS, isNameWord, MAX_NAME_WORDS, nameWordAt, wordsBesidesInitials } from './name-word';
import { givenThenTitleWord, nameWordBefore } from './name-word-before';
import { NOT_NAMES } from './not-names';
import { occupationBeforeName } from './occupation-before-name';
import { oneBodyName } from './one-body-name';
import { HYPHEN_PARTICLE } from './particle-surname';
import { patronymicStart } from './patronymic-start';
import { personNounTitle } from './person-noun-title';
import { placeDemonym } from './place-demonym';
import { PLACES } from './place-words';
import { pluralRoleHead, pluralRoleWord } from './plural-role-head';
import { rankChainWord } from './rank-chain';
import { ROLE_HEADS } from './role-heads';
import { roleObjectStart } from './role-object-start';
import { royalTitledThing } from './royal-titled-thing';
import { titleEndsBefore } from './title-ends-before';
import { titledThingName } from './titled-thing-name';
import { isCapitalised, lowerWord, type Word } from './tokenize';
import { wordnetWord } from './wordnet-word';

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

/**
 * Reads a capitalised run as "[title] [honorific] Name" when it can be a person. Returns null for
 * runs that are organisations, places or plain capitalised words.
 */
export function parsePerson(run: NameRun): PersonParse | null {
  // "Ernst & Young", "Johnson & Johnson": prose joins two people with "and"; the ampersand joins a firm's name.
  if (run.previous === '&') return null;
  // "“Imagine Brad Thor going up against Trump…”": the imperative opening the sentence is no part of the name.
  if (imperativeOpener(run)) return parsePerson({ ...run, words: run.words.slice(1), start: run.words[1]!.start });
  // "Zara Hyde Peters of UK Athletics": a name before a connector wins over an organisation after it.
  const connector = run.words.findIndex(
    (w) => !isCapitalised(w.text) && !nameParticle(w.text) && !HYPHEN_PARTICLE.test(w.text),
  );
  if (connector >= 1) {
    const lead = run.words.slice(0, connector);
    const joined = /^(?:and|&)$/.test(run.words[connector]!.text);
    const leadParse = parseWords({ ...run, words: lead, end: lead[lead.length - 1]!.end }, joined);
    if (leadParse && (leadParse.certain || leadParse.name.includes(' '))) {
      const tail = run.words.slice(connector).filter((w) => isCapitalised(w.text));
      if (joined && oneBodyName(run.words, connector, leadParse.certain)) return null;
      const place = PLACES.has(tail.map((w) => w.text).join(' '));
      // A lead made certain only by a role's plural before it ("Senators Walter and Hillary Okafor", "Reps. Tom Cole
      // and Ann Wagner") is the first of two people the whole run names, not a name the tail is no part of; before
      // "of" ("Sens. Ted Cruz of Texas") the abbreviated plural still makes the lead certain.
      const certain = leadParse.certain && !(joined ? pluralRoleWord(lead[0]!.text) : pluralRoleHead(lead[0]!));
      if (certain || place || tail.some((w) => !isNameWord(w) || NOT_NAMES.has(w.text))) return leadParse;
    }
  }
  return familyFirstName(parseWords(run, run.ampersandAfter || run.listAfter));
}

/**
 * A generational suffix is read apart and then kept in the name ("Donald Trump Jr.", "Trump Jr."):
 * it tells a son from his father. It joins only a name that ends right before it, so the "II" of
 * "World War II" names no one.
 */
function parseWords(run: NameRun, joined = false): PersonParse | null {
  const last = run.words[run.words.length - 1]!;
  const dated = DATE_LEAD.test(run.previous ?? '');
  if (run.words.length < 2 || !GENERATIONAL_SUFFIXES.has(last.text)) return parseNameWords(run.words, dated, joined);
  const parse = parseNameWords(run.words.slice(0, -1), dated, joined);
  if (!parse || parse.end !== run.words[run.words.length - 2]!.end) return parse;
  // A lone surname takes it only when nothing else stood before it ("Trump Jr."; not "World War II").
  if (!parse.name.includes(' ') && parse.start !== run.start) return parse;
  return { ...parse, name: `${parse.name} ${last.text}`, end: last.end, possessive: last.possessive };
}

/** Words that make a month after them a date: "in June H.R. McMaster took over", "since May". */
const DATE_LEAD = /^(?:in|since|by|until|till|through|during|from|after|before|last|next|early|late|mid|this|of|on)$/i;

/**
 * `dated`: the run follows a word that makes a month a date, so the month "June" opens no name ("Oscar" still may).
 * `joined`: "and" or "&" follows the words ("Comedians Penn" of "Comedians Penn & Teller").
 */
function parseNameWords(words: Word[], dated = false, joined = false): PersonParse | null {
  const roleObject = roleObjectStart(words, nameWordAt);
  // "Secretary of State John Kerry": the role's department or place is not part of the name.
  const roleOf = roleObject > 0;
  let first = roleOf ? afterRoleObject(words, roleObject) : words.length;
  if (first < 0) return null; // "the Mayor of Springfield", "Secretary of Defense": no one named
  if (!roleOf) {
    // Initials do not count towards the four words a name may have ("George H. W. Bush"), but a
    // name has at most MAX_NAME_WORDS words in all (a run of 10,000 "A." is no one's name).
    while (
      first > 0 &&
      words.length - first < MAX_NAME_WORDS &&
      wordsBesidesInitials(words, first) < 4 &&
      !titleEndsBefore(words, first) &&
      (nameWordBefore(words, first, joined) || (first === words.length && givenThenTitleWord(words)))
    )
      first--;
    if (first > 0 && !titleEndsBefore(words, first) && nameWordBefore(words, first, joined)) return null; // five name-like words: a title
    // A name never starts with a sentence word such as "The" or a month, nor with a particle unless a title or an
    // honorific stands right before it: "Mr. de la Cruz", "Mayor de Blasio" are surnames whole, particles and all.
    const titled =
      first > 0 && (HONORIFICS.has(words[first - 1]!.text) || ROLE_HEADS.has(lowerWord(words[first - 1]!)));
    while (
      first < words.length &&
      (NOT_NAMES.has(words[first]!.text) || (!titled && nameParticle(words[first]!.text))) &&
      !givenBeforeInitial(words, first, dated)
    )
      first++;
    if (first >= words.length || placeOpenedBody(words, first) || acronymBodyAnd(words)) return null;
    if (placeDemonym(words, first)) first++;
    // "Passenger Ana Ruiz", "Pinecrest Air Mechanic Jo Roe": a person noun before a given name and a surname is a role;
    // "Detective Garda Siobhán Keogh": so is a rank's second word (compound-rank.ts).
    const role = words.findIndex(
      (w, i) =>
        i >= first &&
        i + 2 < words.length &&
        (nounBeforeGiven(w, words[i + 1]!) || compoundRank(words, i) || occupationBeforeName(words, i)),
    );
    if (role >= 0) first = role + 1;
    // "Doctors Without Borders", "Students For Life": a role's plural opening the whole name, no person's name after it.
    if (first === 0 && words.length > 1 && pluralRoleHead(words[0]!)) return null;
    if (bodyWordOpening(words, first)) return null; // "United Torah Judaism": one body's name
    first = patronymicStart(words, first);
  }
  const nameWords = words.slice(first);
  // "Super Tuesday", "Black Friday": a day or month ends no one's name.
  if (nameWords.length > 1 && CALENDAR.has(nameWords[nameWords.length - 1]!.text)) return null;
  // "Election Day", "Christmas Eve": a day the copy names, unless a given name opens it ("Doris Day").
  if (nameWords.length > 1 && /^(?:Day|Eve)$/.test(nameWords[nameWords.length - 1]!.text)) {
    if (!isListedFirstName(nameWords[0]!.text)) return null;
  }
  if (words[first - 1]?.text === 'The') return null; // "The Weakest Link" names a thing
  // "Minister for Treaty of Waitangi Negotiations Hemi Tautahi": after a role's portfolio, a name of two words no
  // dictionary holds is a person's, though the portfolio names a body ("Treaty of …").
  const portfolioName = roleOf && nameWords.length > 1 && !nameWords.some((w) => wordnetWord(w.text));
  if (!portfolioName && bodyNamePart(words, first, nameWords.length === 1)) return null;
  if (royalTitledThing(words, first)) return null; // "the King James Bible"
  if (titledThingName(words, first)) return null; // "Fenwick General Hospital"
  let h = first - 1;
  let honorific: string | null = null;
  while (h >= 0 && (HONORIFICS.has(words[h]!.text) || rankChainWord(words, h))) {
    honorific ??= words[h]!.text;
    h--;
  }
  const before = words[first - 1];
  // "Comedians Penn": a lone surname after a role's plural opening the run is a person's. A longer name is one by its
  // shape; made certain, "Actors Jo Roe and Al Poe" would stop at "and" and lose the second person's given name.
  const roleBefore =
    before !== undefined &&
    (ROLE_HEADS.has(lowerWord(before)) ||
      (first >= 1 && nameWords.length > 1 && nounBeforeGiven(before, nameWords[0]!)) ||
      (first === 1 && nameWords.length === 1 && pluralRoleHead(before)));
  // "Chief Justice John Roberts", "Saudi Prince Alwaleed": an honorific that is a whole word stays in the title
  // it ends (the title is not "Chief"); an abbreviation ("Democratic Sen.") does not.
  const titleEnd =
    h >= 0 && honorific && /^[A-Z][a-z]+$/.test(honorific) && !addressAfterPost(words, h) ? first : h + 1;
  return {
    name: nameWords.map((w) => w.text).join(' '),
    title: words
      .slice(0, titleEnd)
      .map((w) => w.text)
      .join(' '),
    honorific,
    start: nameWords[0]!.start,
    end: nameWords[nameWords.length - 1]!.end,
    certain: honorific !== null || roleBefore || roleOf,
    possessive: nameWords[nameWords.length - 1]!.possessive,
  };
}

// Not calendar-words.ts's list: "May" is left out, a first name as well as a month.
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December'.split(
    ' ',
  ),
);

/**
 * "Oscar P. Quintero", "June T. Ashby": a given name that is also an award or a month, followed by an initial and a
 * surname, opens the name; cut there it would read "P. Quintero". Only when it opens the run: after "In" or "Since"
 * the month is a date ("In May J.P. Morgan cut…", "Since June H.R. McMaster has…").
 */
function givenBeforeInitial(words: Word[], i: number, dated: boolean): boolean {
  const text = words[i]!.text;
  return (
    i === 0 &&
    !(dated && (CALENDAR.has(text) || text === 'May')) &&
    handFirstName(text) &&
    i + 2 < words.length &&
    INITIALS.test(words[i + 1]!.text) &&
    isNameWord(words[i + 2]!)
  );
}

/** "Passenger Ana": a person noun as a title before a known given name (person-noun-title.ts). */
function nounBeforeGiven(word: Word, given: Word): boolean {
  return personNounTitle(word.text) && knownFirstName(given.text);
}
