import type { Sentence } from './analysis-types';
import { findNameRuns, parsePerson, tokenize, type NameRun, type Word } from './name-runs';
import { AFFILIATIONS, FEMALE_NAMES, HONORIFICS, MALE_NAMES, NOT_NAMES, ORG_HEADS, PLACE_WORDS, PLACES, ROLE_HEADS, type Gender } from './name-tables';
import { findRole } from './person-roles';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';

export interface Person {
  /** Fullest name the article gives ("Tony Blair" even where it says "Mr Blair"). */
  name: string;
  surname: string;
  gender: Gender | null;
  role: string | null;
  /** Role nouns ("bishop", "magazine") used to resolve "the Bishop said". */
  roleWords: Set<string>;
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

const cache = new WeakMap<Sentence[], PeopleIndex>();

/** Role words too common to identify one person ("the head of ...", "a member"). */
const GENERIC_ROLES = new Set(['head', 'member', 'official', 'star', 'player', 'worker', 'friend', 'fan', 'supporter', 'resident', 'student', 'partner', 'agent']);
const FUNCTION_WORDS = new Set(['who', 'which', 'that', 'was', 'is', 'were', 'are', 'has', 'had', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'said', 'says', 'be']);
/** "the <up to three modifiers> <role head>" built from every role head word. */
const DEFINITE_ROLE = new RegExp(
  `\\b[Tt]he\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)(${[...ROLE_HEADS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '\\-')).join('|')})\\b`,
  'gi',
);

/**
 * "the Tory leader", "the Bishop": a definite description whose head is the role of a person
 * named earlier is a mention of that person (the one named most recently).
 */
function addRoleMentions(sentences: Sentence[], mentions: PersonMention[][]): void {
  const lastSeen = new Map<Person, number>();
  for (const sentence of sentences) {
    const found: PersonMention[] = [];
    DEFINITE_ROLE.lastIndex = 0;
    for (let m = DEFINITE_ROLE.exec(sentence.text); m !== null; m = DEFINITE_ROLE.exec(sentence.text)) {
      const head = m[2]!.toLowerCase();
      if (GENERIC_ROLES.has(head) || m[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) continue;
      if (/^\s+[A-Z]/.test(sentence.text.slice(m.index + m[0].length))) continue; // "the leader Michael Howard"
      let best: Person | null = null;
      let bestSeen = -1;
      for (const [person, seen] of lastSeen) {
        if (person.roleWords.has(head) && seen > bestSeen) {
          best = person;
          bestSeen = seen;
        }
      }
      if (!best) continue;
      // "The Shadow Secretary" is not "the Trade Secretary": modifiers must be in the role too.
      const role = (best.role ?? '').toLowerCase();
      const modifiers = m[1]!.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
      if (modifiers.some((w) => !role.includes(w))) continue;
      if (/^,\s+(?:the\s+)?[A-Z]/.test(sentence.text.slice(m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (mentions[sentence.id]!.some((x) => x.start < end && x.end > start)) continue;
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      const before = sentence.text.slice(Math.max(0, m.index - 12), m.index);
      found.push({
        person: best,
        sentenceId: sentence.id,
        start,
        end,
        possessive: /^['’]/.test(after),
        object: /\b(?:by|with|to|for|of|from|about|at|on|in|against|than|like)\s+$/i.test(before),
      });
    }
    mentions[sentence.id]!.push(...found);
    for (const mention of mentions[sentence.id]!) lastSeen.set(mention.person, sentence.id);
  }
}

const PREPOSITIONS = new Set(['by', 'with', 'to', 'for', 'of', 'from', 'about', 'at', 'on', 'in', 'against', 'than', 'like', 'between', 'among', 'into', 'over', 'under', 'behind', 'before', 'after', 'beside', 'via']);
const TITLE_FILLERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'fellow', 'new']);

/** Is the name (with any title before it) governed by a preposition: "hosted by UK minister X"? */
function isObject(words: Word[], runStart: number): boolean {
  let i = words.findIndex((w) => w.start === runStart) - 1;
  for (let steps = 0; i >= 0 && steps < 6; i--, steps++) {
    const text = words[i]!.text;
    const lower = text.toLowerCase();
    if (PREPOSITIONS.has(lower)) return true;
    if (!(/^\p{Lu}/u.test(text) || TITLE_FILLERS.has(lower) || ROLE_HEADS.has(lower) || words[i]!.possessive || lower.includes('-'))) {
      return false;
    }
  }
  return false;
}

/** Organisation-looking runs: "... Committee", "BBC", "PlayStation"-style camel case. */
export function orgLike(text: string): boolean {
  const words = text.split(' ');
  return words.some((w) => ORG_HEADS.has(w)) || /^[A-Z][A-Z&]{1,5}$/.test(text) || /^[A-Z][a-z]+[A-Z]\w+$/.test(text);
}

function isPlace(name: string, run: NameRun, certain: boolean): boolean {
  const words = name.split(' ');
  if (PLACES.has(name) || PLACES.has(words[words.length - 1]!)) return true;
  if (certain || MALE_NAMES.has(words[0]!) || FEMALE_NAMES.has(words[0]!)) return false;
  return run.words.some((w) => PLACE_WORDS.has(w.text));
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
  const honorific = c.parse.honorific ? HONORIFICS.get(c.parse.honorific) ?? null : null;
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
  const cached = cache.get(sentences);
  if (cached) return cached;
  const candidates: Candidate[] = [];
  const others: PeopleIndex['others'] = sentences.map(() => []);
  for (const sentence of sentences) {
    const words = tokenize(sentence.text);
    for (const run of findNameRuns(sentence.text, words)) {
      const parse = parsePerson(run);
      if (parse && !isPlace(parse.name, run, parse.certain)) {
        candidates.push({ parse, run, sentence, words, text: sentence.text });
      } else {
        const text = run.words.map((w) => w.text).join(' ').replace(/^(?:The|A|An)\s+/, '');
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
      person = { name: c.parse.name, surname, gender: null, role: null, roleWords: new Set() };
      bySurname.set(surname, person);
      people.push(person);
    } else if (c.parse.name.length > person.name.length && c.parse.name.endsWith(surname)) {
      person.name = c.parse.name;
    }
    learn(person, c, roleOf(c));
  }
  for (const c of pending) {
    const person = bySurname.get(surnameOf(c));
    if (person) learn(person, c, null);
  }

  const mentions: PersonMention[][] = sentences.map(() => []);
  for (const c of candidates) {
    const person = bySurname.get(c.parse.name.split(' ').pop()!);
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
    });
  }

  addRoleMentions(sentences, mentions);
  for (const list of mentions) list.sort((a, b) => a.start - b.start);

  const index: PeopleIndex = {
    people,
    mentions,
    others,
    lookup(name: string): Person | null {
      const words = name.trim().split(/\s+/).filter((w) => !HONORIFICS.has(w));
      const surname = words[words.length - 1];
      return surname ? bySurname.get(surname.replace(/['’]s?$/, '')) ?? null : null;
    },
  };
  cache.set(sentences, index);
  return index;
}
