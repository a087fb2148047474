import type { Sentence } from './analysis-types';
import { findNameRuns, firstWordFrom, type NameRun, parsePerson, tokenize, type Word, wordIndexAt } from './name-runs';
import {
  AFFILIATIONS,
  FEMALE_NAMES,
  type Gender,
  HONORIFICS,
  MALE_NAMES,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_WORDS,
  PLACES,
  ROLE_HEADS,
} from './name-tables';
import { namesakePeople } from './namesakes';
import { findRole } from './person-roles';
import { addRoleMentions, GENERIC_ROLES } from './role-mentions';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';
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
}

/**
 * The last article's index: entities, quotes and statements ask for it in turn. One strong entry
 * rather than a WeakMap, whose entries (each a whole index) survive young-generation GCs and get
 * promoted, which made GC a tenth of analysis time.
 */
let cache: { sentences: Sentence[]; index: PeopleIndex } | null = null;

const PREPOSITIONS = new Set([
  'by',
  'with',
  'to',
  'for',
  'of',
  'from',
  'about',
  'at',
  'on',
  'in',
  'against',
  'than',
  'like',
  'between',
  'among',
  'into',
  'over',
  'under',
  'behind',
  'before',
  'after',
  'beside',
  'via',
]);
const TITLE_FILLERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'fellow', 'new']);

/** Is the name (with any title before it) governed by a preposition: "hosted by UK minister X"? */
function isObject(words: Word[], runStart: number): boolean {
  let i = wordIndexAt(words, runStart) - 1;
  for (let steps = 0; i >= 0 && steps < 6; i--, steps++) {
    const text = words[i]!.text;
    const lower = text.toLowerCase();
    if (PREPOSITIONS.has(lower)) return true;
    if (
      !(
        /^\p{Lu}/u.test(text) ||
        TITLE_FILLERS.has(lower) ||
        ROLE_HEADS.has(lower) ||
        words[i]!.possessive ||
        lower.includes('-')
      )
    ) {
      return false;
    }
  }
  return false;
}

const NOT_VERBS = new Set([
  'of',
  'and',
  'or',
  'from',
  'in',
  'at',
  'on',
  'to',
  'for',
  'with',
  'the',
  'a',
  'an',
  'but',
  'who',
  'whose',
  'which',
  'that',
  'as',
  'than',
  'by',
  'about',
  'into',
  'over',
  'after',
  'before',
  'during',
  'since',
  'while',
  'when',
  'if',
  'his',
  'her',
  'their',
  'its',
  'this',
  'last',
  'next',
]);

/** Is the name followed by a verb-like lower-case word ("McIlroy is unfazed", "Bogdanov won")? */
function isSubject(words: Word[], runEnd: number): boolean {
  const next = words[firstWordFrom(words, runEnd)];
  return next !== undefined && /^[a-z]/.test(next.text) && !NOT_VERBS.has(next.text);
}

/** Organisation-looking runs: "... Committee", "BBC", "PlayStation"-style camel case. */
export function orgLike(text: string): boolean {
  return hasOrgHead(text) || /^[A-Z][A-Z&]{1,5}$/.test(text) || /^[A-Z][a-z]+[A-Z]\w+$/.test(text);
}

/** Does a space-separated word of the text head an organisation? (split(' ') without the array) */
function hasOrgHead(text: string): boolean {
  for (let from = 0; ; ) {
    const space = text.indexOf(' ', from);
    if (ORG_HEADS.has(space < 0 ? text.slice(from) : text.slice(from, space))) return true;
    if (space < 0) return false;
    from = space + 1;
  }
}

function isPlace(name: string, run: NameRun, certain: boolean): boolean {
  if (PLACES.has(name) || PLACES.has(name.slice(name.lastIndexOf(' ') + 1))) return true;
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (certain || MALE_NAMES.has(first) || FEMALE_NAMES.has(first)) return false;
  return run.words.some((w) => PLACE_WORDS.has(w.text));
}

/** Nouns that name a work: "the programme Go Digital" is a title, not a person called Digital. */
const WORK_NOUNS = new Set([
  'programme',
  'program',
  'show',
  'series',
  'book',
  'novel',
  'film',
  'movie',
  'album',
  'song',
  'play',
  'musical',
  'documentary',
  'game',
]);

function namesAWork(words: Word[], runStart: number): boolean {
  const i = wordIndexAt(words, runStart);
  const prev = words[i - 1];
  return i > 0 && prev !== undefined && WORK_NOUNS.has(prev.text) && runStart - prev.end === 1; // "programme, Mr Balls" is not
}

/** Is the name next to a speech verb ("Spicer stated", "said Kiplagat") — good evidence of a person? */
function nextToSpeechVerb(text: string, start: number, end: number): boolean {
  const after = /^\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)/.exec(text.slice(end, end + 30));
  if (after && (QUOTE_VERBS.has(after[1]!) || REPORTING_VERBS.has(after[1]!))) return true;
  const before = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  return !!before && QUOTE_VERBS.has(before[1]!);
}

/** What a mention tells about its person: gender from honorific or first name, and a role. */
function learn(person: Person, c: Candidate, role: string | null): void {
  const honorific = c.parse.honorific ? (HONORIFICS.get(c.parse.honorific) ?? null) : null;
  const first = c.parse.name.split(' ')[0]!;
  person.gender ??= honorific ?? (MALE_NAMES.has(first) ? 'male' : FEMALE_NAMES.has(first) ? 'female' : null);
  if (person.role || !role) return;
  person.role = role;
  for (const w of role.toLowerCase().split(/[^a-z-]+/)) {
    const bare = w.replace(/^(?:ex|former|co|vice|deputy|acting)-/, '');
    if (ROLE_HEADS.has(bare) && !GENERIC_ROLES.has(bare)) person.roleWords.add(bare);
  }
}

/** People mentioned in the article, their fullest names, genders, roles and every mention. */
export function indexPeople(sentences: Sentence[]): PeopleIndex {
  if (cache?.sentences === sentences) return cache.index;
  const candidates: Candidate[] = [];
  const others: PeopleIndex['others'] = sentences.map(() => []);
  for (const sentence of sentences) {
    // "Q. Did you ...", "A. I read ...": a transcript's label is not an initial.
    const text = blankQuestionAnswerLabel(sentence.text);
    const words = tokenize(text);
    for (const run of findNameRuns(text, words)) {
      const parse = parsePerson(run);
      if (parse && !isPlace(parse.name, run, parse.certain) && !namesAWork(words, run.words[0]!.start)) {
        candidates.push({ parse, run, sentence, words, text: sentence.text });
      } else {
        const text = run.words
          .map((w) => w.text)
          .join(' ')
          .replace(/^(?:The|A|An)\s+/, '');
        if (NOT_NAMES.has(text) || AFFILIATIONS.has(text)) continue;
        const kind = PLACES.has(text) ? 'place' : orgLike(text) ? 'organization' : 'other';
        others[sentence.id]!.push({ text, start: sentence.start + run.start, end: sentence.start + run.end, kind });
      }
    }
  }

  // Multi-word names and names with honorifics, roles or speech verbs are people; a lone
  // capitalised word is one only when it is the surname of such a person.
  const bySurname = new Map<string, Person>();
  const people: Person[] = [];
  const roles = new Map<Candidate, string | null>();
  const roleOf = (c: Candidate): string | null => {
    if (!roles.has(c)) roles.set(c, findRole(c.text, c.words, c.run, c.parse));
    return roles.get(c)!;
  };
  // A sentence's first word is capitalised anyway: "Questions were asked" names no one.
  const speechEvidence = (c: Candidate): boolean =>
    !c.parse.possessive && c.parse.start > 0 && nextToSpeechVerb(c.text, c.parse.start, c.parse.end);
  const confirmed = (c: Candidate): boolean =>
    c.parse.certain || c.parse.name.includes(' ') || speechEvidence(c) || roleOf(c) !== null;
  const surnameOf = (c: Candidate): string => c.parse.name.slice(c.parse.name.lastIndexOf(' ') + 1);
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (!confirmed(c)) {
      pending.push(c);
      continue;
    }
    const surname = surnameOf(c);
    let person = bySurname.get(surname);
    if (!person) {
      person = { name: c.parse.name, surname, gender: null, role: null, roleWords: new Set(), weak: true };
      bySurname.set(surname, person);
      people.push(person);
    } else if (c.parse.name.length > person.name.length && c.parse.name.endsWith(surname)) {
      person.name = c.parse.name;
    }
    learn(person, c, roleOf(c));
    if (c.parse.certain || c.parse.name.includes(' ') || roleOf(c) !== null) person.weak = false;
  }
  for (const c of pending) {
    const person = bySurname.get(surnameOf(c));
    if (person) learn(person, c, null);
  }

  const personOf = namesakePeople({
    candidates,
    bySurname,
    people,
    mentionOf: (c) => ({
      name: c.parse.name,
      surname: surnameOf(c),
      honorificGender: c.parse.honorific ? (HONORIFICS.get(c.parse.honorific) ?? null) : null,
      paragraph: c.sentence.paragraph,
    }),
    learn: (person, c) => learn(person, c, roleOf(c)),
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
      object: isObject(c.words, c.run.start),
      subject: isSubject(c.words, c.run.end),
    });
  }

  addRoleMentions(sentences, mentions);
  for (const list of mentions) list.sort((a, b) => a.start - b.start);

  const index: PeopleIndex = {
    people,
    mentions,
    others,
    lookup(name: string): Person | null {
      const words = name
        .trim()
        .split(/\s+/)
        .filter((w) => !HONORIFICS.has(w));
      const surname = words[words.length - 1]?.replace(/['’]s?$/, '');
      if (!surname) return null;
      return personOf.byName(words.join(' '), surname) ?? bySurname.get(surname) ?? null;
    },
  };
  cache = { sentences, index };
  return index;
}
