import { AFFILIATIONS } from './affiliations';
import { agedApposition } from './aged-apposition';
import type { Sentence } from './analysis-types';
import { clausePosition } from './clause-position';
import { countedRuns } from './counted-runs';
import { givenNameLater } from './given-name-later';
import { type Gender, HONORIFICS } from './honorifics';
import { knightGivenName } from './knight-given-name';
import { leadNamedAlone } from './lead-named-alone';
import { learnPerson } from './learn-person';
import { lowerCaseTitle } from './lower-case-title';
import { surname as nameSurname } from './mentions-entity';
import { findNameRuns, type NameRun } from './name-runs';
import { namesakePeople } from './namesakes';
import { nextToSpeechVerb, pairNextToSpeechVerb } from './next-to-speech-verb';
import { notAPerson } from './not-a-person';
import { NOT_NAMES } from './not-names';
import { orgLike } from './org-like';
import { outletAgent } from './outlet-agent';
import { pairedParse } from './paired-parse';
import { parsePerson } from './parse-person';
import { findRole } from './person-roles';
import { placeListRuns } from './place-list-runs';
import { PLACES } from './place-words';
import { pluralBodyName } from './plural-body-name';
import { postListRuns } from './post-list-runs';
import { postNominalTitle } from './post-nominal-title';
import { residenceRuns } from './residence-runs';
import { roleGiven } from './role-given';
import { addRoleMentions } from './role-mentions';
import { roleWordSurname } from './role-word-surname';
import { speakerWordSurname } from './speaker-word-surname';
import { speechVerbOpener } from './speech-verb-opener';
import { STOPWORDS } from './stopwords';
import { surnameFirstName } from './surname-first-name';
import { surnamePairRuns } from './surname-pair-runs';
import { learnTaggedGender } from './tagged-gender';
import { tokenize, type Word } from './tokenize';
import { foldApostrophes } from './tokenize-words';
import { townBeforeState } from './town-before-state';
import { blankQuestionAnswerLabel } from './transcript-labels';

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

interface Candidate {
  parse: NonNullable<ReturnType<typeof parsePerson>>;
  run: NameRun;
  sentence: Sentence;
  words: Word[];
  text: string;
  /** "Khizr" of "Khizr and Ghazala Khan": the apposition beside the pair is not this person's alone. */
  paired?: boolean;
  /** A lone role word ("Dean"): a mention only of a person the copy already names with that surname. */
  surnameOnly?: boolean;
}

/** A surname as a map key: one apostrophe for the typed variants. */
const surnameKey = foldApostrophes;

const openerOnly = (word: string): boolean => NOT_NAMES.has(word) && STOPWORDS.has(word.toLowerCase());

/**
 * The last article's index: entities, quotes and statements ask for it in turn. One strong entry
 * rather than a WeakMap, whose entries (each a whole index) survive young-generation GCs and get
 * promoted, which made GC a tenth of analysis time.
 */
let cache: { sentences: Sentence[]; index: PeopleIndex } | null = null;

/** People mentioned in the article, their fullest names, genders, roles and every mention. */
export function indexPeople(sentences: Sentence[]): PeopleIndex {
  if (cache?.sentences === sentences) return cache.index;
  const candidates: Candidate[] = [];
  let articleText: string | undefined;
  let namedAlone: ((name: string) => boolean) | undefined;
  let isOutlet: ((name: string) => boolean) | undefined;
  const pluralNames = new Map<string, boolean>();
  const others: PeopleIndex['others'] = sentences.map(() => []);
  const copy = (): string => (articleText ??= sentences.map((s) => s.text).join(' '));
  for (const sentence of sentences) {
    // "Q. Did you ...", "A. I read ...": a transcript's label is not an initial.
    const text = blankQuestionAnswerLabel(sentence.text);
    const words = tokenize(text);
    for (const found of surnamePairRuns(
      postListRuns(residenceRuns(placeListRuns(countedRuns(findNameRuns(text, words, copy))))),
      text,
      copy,
    )) {
      articleText = copy();
      const run = speechVerbOpener(found, text, articleText);
      const parse = parsePerson(run);
      namedAlone ??= leadNamedAlone(articleText);
      isOutlet ??= outletAgent(articleText);
      // "Warner Brothers": a role noun's plural ends a body's name (plural-body-name.ts).
      const role = () => !!parse && findRole(sentence.text, words, run, parse) !== null;
      if (
        parse &&
        !notAPerson(parse.name, parse.certain, run, words, text) &&
        !townBeforeState(parse, text) &&
        !isOutlet(run.words.map((w) => w.text).join(' ')) &&
        !pluralBodyName(parse, namedAlone, role, articleText, pluralNames)
      ) {
        const speaks = pairNextToSpeechVerb(text, parse.start, parse.end);
        const pair = pairedParse(run, parse, words, articleText, namedAlone, speaks);
        if (pair) candidates.push({ parse: pair, run, sentence, words, text: sentence.text, paired: true });
        candidates.push({ parse, run, sentence, words, text: sentence.text });
      } else {
        const surnameOnly = roleWordSurname(run, articleText) ?? speakerWordSurname(run, sentence.text, articleText);
        if (surnameOnly) {
          candidates.push({ parse: surnameOnly, run, sentence, words, text: sentence.text, surnameOnly: true });
          continue;
        }
        // "But the Court of Appeals": a function word that opens no name is not the body's ("New York" keeps "New").
        let opener = 0;
        while (opener < run.words.length - 1 && openerOnly(run.words[opener]!.text)) opener++;
        const text = run.words
          .slice(opener)
          .map((w) => w.text)
          .join(' ')
          .replace(/^(?:the|a|an)\s+/, '');
        if (NOT_NAMES.has(text) || AFFILIATIONS.has(text)) continue;
        const kind = PLACES.has(text) ? 'place' : orgLike(text) ? 'organization' : 'other';
        others[sentence.id]!.push({ text, start: sentence.start + run.start, end: sentence.start + run.end, kind });
      }
    }
  }

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
  cache = { sentences, index };
  return index;
}
