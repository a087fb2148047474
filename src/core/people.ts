import { agedApposition } from './aged-apposition';
import type { Sentence } from './analysis-types';
import { bracketedNickname } from './bracketed-nickname';
import { clausePosition } from './clause-position';
import { givenNameLater } from './given-name-later';
import { type Gender, HONORIFICS } from './honorifics';
import { knightGivenName } from './knight-given-name';
import { learnPerson } from './learn-person';
import { lowerCaseTitle } from './lower-case-title';
import { surname as nameSurname } from './mentions-entity';
import { namesakePeople } from './namesakes';
import { nextToSpeechVerb } from './next-to-speech-verb';
import { openingShortForm } from './opening-short-form';
import { type Candidate, personCandidates } from './person-candidates';
import { findRole } from './person-roles';
import { postNominalTitle } from './post-nominal-title';
import { roleGiven } from './role-given';
import { addRoleMentions } from './role-mentions';
import { surnameFirstName } from './surname-first-name';
import { learnTaggedGender } from './tagged-gender';
import { foldApostrophes } from './tokenize-words';

export interface Person {
  /** Fullest name the article gives ("Tony Blair" even where it says "Mr Blair"). */
  name: string;
  surname: string;
  gender: Gender | null;
  role: string | null;
  /** Role nouns ("bishop", "magazine") used to resolve "the Bishop said". */
  roleWords: Set<string>;
  /** Only a lone word before "said" says it is a person: it may be a company ("Google said"). */
  weak: boolean;
}

export interface PersonMention {
  person: Person;
  sentenceId: number;
  /** Absolute offsets of the name in the input. */
  start: number;
  end: number;
  possessive: boolean;
  /** Object of a preposition ("hosted by Gordon Brown"): a weak antecedent for "he". */
  object: boolean;
  /** Followed by a verb-like word ("McIlroy is unfazed"): the subject of its clause. */
  subject: boolean;
}

export interface PeopleIndex {
  people: Person[];
  mentions: PersonMention[][];
  /** Capitalised runs that are not people, per sentence (organisations, places, titles). */
  others: Array<Array<{ text: string; start: number; end: number; kind: 'organization' | 'place' | 'other' }>>;
  /** "Mr Blair", "Blair", "Tony Blair" -> the person. */
  lookup(name: string): Person | null;
}

/** A surname as a map key: one apostrophe for the typed variants. */
const surnameKey = foldApostrophes;

/**
 * The last article's indexes: entities, quotes and statements ask for one in turn. Strong entries
 * rather than a WeakMap, whose entries (each a whole index) survive young-generation GCs and get
 * promoted, which made GC a tenth of analysis time. Two: copy whose quote marks are read rewritten
 * (British single marks, NYT's '' pairs: 118 of PolNeAR's 840 train articles) hands the quote
 * readers other sentences than entities and questions get, and with one entry a question's asker
 * (pronoun-subject, dropped-antecedent) built the entities' index again: 985 builds over those 840
 * articles, 958 with two.
 */
let cache: { sentences: Sentence[]; index: PeopleIndex } | null = null;
let previous: { sentences: Sentence[]; index: PeopleIndex } | null = null;

/** People mentioned in the article, their fullest names, genders, roles and every mention. */
export function indexPeople(sentences: Sentence[]): PeopleIndex {
  if (cache?.sentences === sentences) return cache.index;
  if (previous?.sentences === sentences) return previous.index;
  const { candidates, others } = personCandidates(sentences);

  const titled = lowerCaseTitle(candidates, sentences);
  const titleRole = (c: Candidate): string | null => (titled.has(c) ? c.parse.title : null);
  postNominalTitle(candidates);
  knightGivenName(candidates);
  // A candidate's place in its clause, read once: the lone surnames' reader asks it first, the mentions again.
  const positions = new Map<Candidate, ReturnType<typeof clausePosition>>();
  const positionOf = (c: Candidate): ReturnType<typeof clausePosition> => {
    let position = positions.get(c);
    if (!position) {
      position = clausePosition(c.words, c.run.start, c.run.end, c.text);
      positions.set(c, position);
    }
    return position;
  };
  surnameFirstName(candidates, (c) => positionOf(c).subject, roleGiven);
  // Multi-word names and names with honorifics, roles or speech verbs are people; a lone
  // capitalised word is one only when it is the surname of such a person.
  const bySurname = new Map<string, Person>();
  const people: Person[] = [];
  const roles = new Map<Candidate, string | null>();
  const roleOf = (c: Candidate): string | null => {
    // "Kaumātua Wiremu Pōtae": a title the copy writes in lower case too is his role (lower-case-title.ts).
    if (!roles.has(c)) roles.set(c, c.paired ? null : (findRole(c.text, c.words, c.run, c.parse) ?? titleRole(c)));
    return roles.get(c)!;
  };
  // A sentence's first word is capitalised anyway: "Questions were asked" names no one.
  const speechEvidence = (c: Candidate): boolean =>
    !c.parse.possessive && c.parse.start > 0 && nextToSpeechVerb(c.text, c.parse.start, c.parse.end);
  const aged = (c: Candidate): boolean => !c.parse.possessive && agedApposition(c.text, c.parse.end);
  const confirmed = (c: Candidate): boolean =>
    !c.surnameOnly &&
    (c.parse.certain || c.parse.name.includes(' ') || speechEvidence(c) || roleOf(c) !== null || aged(c));
  // The key groups a surname however its apostrophe is typed: "O'Neill" and "O’Neill" in one article are one
  // person (copy pasted from two sources mixes them), not two lines of the who-is-who.
  const surnameOf = (c: Candidate): string => surnameKey(nameSurname(c.parse.name));
  givenNameLater(
    candidates,
    (c) => positionOf(c).subject || speechEvidence(c),
    sentences.map((s) => s.text),
  );
  openingShortForm(candidates);
  bracketedNickname(candidates);
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (!confirmed(c)) {
      pending.push(c);
      continue;
    }
    const surname = surnameOf(c);
    let person = bySurname.get(surname);
    if (!person) {
      person = {
        name: c.parse.name,
        surname: nameSurname(c.parse.name),
        gender: null,
        role: null,
        roleWords: new Set(),
        weak: true,
      };
      bySurname.set(surname, person);
      people.push(person);
    } else if (c.parse.name.length > person.name.length) {
      person.name = c.parse.name;
    }
    learnPerson(person, c.parse, roleOf(c));
    if (c.parse.certain || c.parse.name.includes(' ') || roleOf(c) !== null || aged(c)) person.weak = false;
  }
  for (const c of pending) {
    const person = bySurname.get(surnameOf(c));
    if (person) learnPerson(person, c.parse, null);
  }

  const personOf = namesakePeople({
    candidates,
    bySurname,
    people,
    mentionOf: (c) => ({
      name: c.parse.name,
      surname: surnameOf(c),
      honorificGender: c.parse.honorific ? (HONORIFICS.get(c.parse.honorific) ?? null) : null,
      honorific: c.parse.honorific,
      paragraph: c.sentence.paragraph,
    }),
    learn: (person, c) => learnPerson(person, c.parse, roleOf(c)),
  });
  const mentions: PersonMention[][] = sentences.map(() => []);
  for (const c of candidates) {
    const person = personOf(c);
    if (!person) {
      others[c.sentence.id]!.push({
        text: c.parse.name,
        start: c.sentence.start + c.parse.start,
        end: c.sentence.start + c.parse.end,
        kind: 'other',
      });
      continue;
    }
    mentions[c.sentence.id]!.push({
      person,
      sentenceId: c.sentence.id,
      start: c.sentence.start + c.parse.start,
      end: c.sentence.start + c.parse.end,
      possessive: c.parse.possessive,
      ...positionOf(c),
    });
  }

  // The index's lookup keeps this scope alive (its closures share one): the roles' keys, every
  // candidate with its sentence's words, would stay live through the rest of the analysis.
  roles.clear();
  positions.clear();
  addRoleMentions(sentences, mentions);
  for (const list of mentions) list.sort((a, b) => a.start - b.start);
  learnTaggedGender(sentences, mentions);

  const index: PeopleIndex = {
    people,
    mentions,
    others,
    lookup(name: string): Person | null {
      const words = name
        .trim()
        .split(/\s+/)
        .filter((w) => !HONORIFICS.has(w));
      const surname = surnameKey(nameSurname(words.join(' ')).replace(/['’]s?$/, ''));
      if (!surname) return null;
      return personOf.byName(words.join(' '), surname) ?? bySurname.get(surname) ?? null;
    },
  };
  previous = cache;
  cache = { sentences, index };
  return index;
}
