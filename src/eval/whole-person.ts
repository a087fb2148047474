import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../core/escape-reg-exp';
import { handFirstName } from '../core/hand-first-name';
import { isListedFirstName } from '../core/listed-first-name';
import { surname as lastName } from '../core/mentions-entity';
import { THING_HEADS } from '../core/non-person-kind';
import { ORG_HEADS } from '../core/org-heads';
import { headKind, personFirst } from '../train/source-shape';
import { wordnetDict } from '../train/wordnet-dict';

/**
 * Whether a listed who-is-who line is a whole person, judged from the copy and PolNeAR's annotation with every word
 * of the line, not its last one: "Against Sanders", "Crooked Hillary" or "Team Clinton" are named by a word the
 * copy uses for Sanders or Clinton, but no reader would call them people. The line must be written whole in the
 * copy (not the head of a longer run, as "Clinton" in "Clinton Foundation"), and something besides the engine's
 * choice must say it is a person's name:
 * - it opens with a given name from the census lists or an initial ("Donald Trump", "C. Boyden Gray"), or the copy
 *   writes it after an honorific or an office ("Mr. Obama", "Gov. Mitt Romney", "Pope Francis"): a one-word line
 *   needs the latter;
 * - else its first word is never a lower-case word of the copy ("Stop Trump … to stop him" is not) and either the
 *   copy calls it a person with a noun WordNet reads as one ("nominee Mitt Romney", "Jeb Bush, a former Florida
 *   governor"), or — when its first word is no English verb, adjective, adverb or group noun ("Given", "Classic",
 *   "Team") — the copy titles its surname ("Mr. Bush") or the annotators marked it or its surname as a Source.
 * An organisation is a Source too, so the annotation alone never makes a person of "Politico".
 */

/** An honorific or an office that stands before a person's name, as the copy writes it. */
const TITLED =
  '(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|Prof|Sir|Dame|Lord|Pres)\\.?|President|Senator|Governor|Judge|Justice|Mayor|Secretary|Speaker|Chairman|Chairwoman|Ambassador|Sheriff|Pope|King|Queen|Prince|Princess|Minister|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Commissioner|Director|Attorney General)';

const LEADING_TITLES = new RegExp(`^(?:${TITLED}\\s+)+`);
const INITIAL = /^(?:[A-Z]\.)+$/;

/** The name written without the honorific or office the line may open with: "Mr. Obama" -> "Obama". */
export function bareName(listed: string): string {
  return listed.trim().replace(LEADING_TITLES, '');
}

const RUN_START = `(?:(?<![\\p{L}\\d'’-])|(?<=(?:^|\\s)-))`;
const RUN_END = `(?![\\p{L}\\d]|-(?!\\p{Ll}))(?!\\s+(?!(?:Jr|Sr)\\b)\\p{Lu}\\p{Ll})`;

/**
 * The name as a whole run of the copy: not inside a word, and not the head of a longer capitalised run. A dash that
 * opens a signature ("stop." -Michelle Marks") is no part of a word, nor is a lower-case word hyphened on ("the
 * Donald Trump-led field"), and "Jr." may follow a comma ("William F. Buckley, Jr.").
 */
const wholeRun = (name: string): string =>
  RUN_START +
  name
    .split(/\s+/)
    .map((word, i) => (i === 0 ? '' : /^[JS]r\.?$/.test(word) ? ',?\\s+' : '\\s+') + escapeRegExp(word))
    .join('') +
  RUN_END;

/** "Charles and David Koch" writes "Charles Koch" whole too: his given name coordinated with another's. */
const coordinatedRun = (words: string[]): string =>
  words.length === 2
    ? `${RUN_START}${escapeRegExp(words[0]!)}\\s+and\\s+\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(words[1]!)}${RUN_END}`
    : '(?!)';

const givenOrInitial = (word: string): boolean => INITIAL.test(word) || handFirstName(word) || isListedFirstName(word);

/**
 * A piece of the span names the person: the line's name, or its tail ("Suu Kyi, 70," for "Aung San Suu Kyi", "Bush"
 * for "Jeb Bush"), or the name after a role, a conjunction or an owner ("campaign spokesman Jason Miller", "lawyers
 * for both Donald and Ivana Trump", "Rear Admiral Guan Youfei", "New Republic's Jeet Heer") — not after a
 * preposition ("two years in Addis Ababa") nor inside a longer name ("One Wisconsin Now").
 */
function namesWhole(source: string, name: string): boolean {
  return source
    .trim()
    .split(/,|\s+(?:who|which|whose|under|for|of|at|with|--|—)\s/)
    .map((piece) => bareName(piece.trim().replace(/['’]s$/, '')))
    .some((head) => {
      if (head === name || name.endsWith(` ${head}`)) return head !== '';
      if (!head.endsWith(` ${name}`)) return false;
      const before = head
        .slice(0, -name.length - 1)
        .split(/\s+/)
        .pop()!;
      if (/['’]s$/.test(before)) return true;
      if (/^\p{Lu}/u.test(before)) return headKind(before) === 'person';
      return !/^(?:in|at|on|to|from|by|into|near|across|over|about|against|around|the|a|an)$/.test(before);
    });
}

const lemmas = new Map<string, Set<string>>();

/** Whether WordNet holds the word, lower-cased, as a lemma of that part of speech ("adj": "same", "super"). */
function inWordNet(word: string, pos: 'verb' | 'adj' | 'adv'): boolean {
  let set = lemmas.get(pos);
  if (!set) {
    set = new Set(
      readFileSync(join(wordnetDict(), `index.${pos}`), 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith(' '))
        .map((line) => line.slice(0, line.indexOf(' '))),
    );
    lemmas.set(pos, set);
  }
  return set.has(word.toLowerCase());
}

/**
 * The copy calls the name a person in its own words, by a noun WordNet reads as a person: written just before it
 * ("nominee Mitt Romney"; an adjective is none: "rival", "same") or heading an apposition after it ("Jeb Bush, a
 * former Florida governor", "Bilal Eksili, vice president of …"), not "the progressive group One Wisconsin Now".
 */
function describedAsPerson(name: string, copy: string): boolean {
  const run = wholeRun(name);
  // Just before it, or apposed before it ("Kazakhstan's foreign minister, Erlan Idrissov, said").
  const before = [...copy.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Ll}+)\\s+${run}`, 'gu'))].map((m) => m[1]!);
  // A comma between is an apposition only when the noun is first of all a person ("in the town, Ilvo Brast, …").
  const apposedBefore = [...copy.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Ll}+),\\s+${run}(?=,)`, 'gu'))].some((m) =>
    personFirst(m[1]!),
  );
  if (apposedBefore) return true;
  const apposed = [
    // After an article, up to six words to the head ("the party's 2012 presidential nominee"); without one, one or
    // two lower-case words ("vice president of …"), not a clause ("the United States, when you're a governor of a state").
    ...copy.matchAll(
      new RegExp(
        `${run},\\s+(?:(?:a|an|the|another)\\s+((?:[\\p{L}\\d’'-]+\\s+){0,5}?[\\p{L}’'-]+?)|(\\p{Ll}+(?:\\s+\\p{Ll}+)?))(?:[’']s)?(?=[,.;:]|\\s+(?:of|for|at|in|on|from|to|with|who|and)\\b)`,
        'gu',
      ),
    ),
  ].map((m) => (m[1] ?? m[2])!.split(/\s+/).pop()!);
  // "Franson Reneus, 18, from Lee County", "17-year-old Trayvon Martin": an age given is a person's.
  if (new RegExp(`${run},\\s+\\d{1,3},|\\b\\d{1,3}-year-old\\s+${run}`, 'u').test(copy)) return true;
  return [...before.filter((word) => !inWordNet(word, 'adj')), ...apposed].some((noun) => headKind(noun) === 'person');
}

export function wholePerson(listed: string, sources: string[], written: string): boolean {
  // A soft hyphen is invisible in print: "Doug \u00adAndres" is "Doug Andres" written whole.
  const copy = written.replace(/\u00ad/g, '');
  const bare = bareName(listed);
  const words = bare.split(/\s+/);
  if (bare === '' || !new RegExp(`${wholeRun(bare)}|${coordinatedRun(words)}`, 'u').test(copy)) return false;
  const orgHeaded = words.length > 1 && (ORG_HEADS.has(words.at(-1)!) || THING_HEADS.has(words.at(-1)!));
  if (words.length > 1 && givenOrInitial(words[0]!) && !orgHeaded) return true;
  if (new RegExp(`(?<![\\p{L}])${TITLED}\\s+${wholeRun(bare)}`, 'u').test(copy)) return true;
  if (words.length === 1) return false;
  // "Washington Post", "Wells Fargo Bank": a census given name before an organisation's head word is no person's
  // name unless the copy says so in a person's words ("Mr. Band", "Christine Link, executive director"); the
  // annotation's Source is no help, as an outlet is a Source too.
  if (orgHeaded) return describedAsPerson(bare, copy) || titledSurname(bare, copy);
  // A word of the copy's own prose ("against", "stop", "team", "crooked") opens no name.
  if (new RegExp(`(?<![\\p{L}])${escapeRegExp(words[0]!.toLowerCase())}(?![\\p{L}])`, 'u').test(copy)) return false;
  if (describedAsPerson(bare, copy)) return true;
  // What follows speaks of the surname, or of a Source that may be an organisation: a first word that opens no
  // name ("Given Sanders", "Classic Clinton", "Team Trump … Mr. Trump") is refused; a noun may ("Mitt", "Newt").
  const first = words[0]!;
  const poses = ['verb', 'adj', 'adv'] as const;
  if (poses.some((pos) => inWordNet(first, pos)) || headKind(first) === 'group') return false;
  return titledSurname(bare, copy) || personGrammar(bare, copy) || sources.some((s) => namesWhole(s, bare));
}

/**
 * The copy's grammar treats the name, or its surname written alone, as a person's: a relative "who" ("Mosad, who was
 * a teaching assistant") or "his"/"her" beside it ("Salah Abu-Laban and his wife"); a body is "which" and "its". A
 * person noun as predicate is no such evidence: "Harwick Mills is a leading supplier" (WordNet's "supplier",
 * "provider", "sponsor", "employer" are people first).
 */
function personGrammar(bare: string, copy: string): boolean {
  const runs = `(?:${wholeRun(bare)}|${wholeRun(lastName(bare))})`;
  return new RegExp(`${runs}(?:,\\s+who|\\s+and\\s+(?:his|her))\\s`, 'u').test(copy);
}

/** The copy titles the name's surname: "Mr. Bush" for "Jeb Bush". */
const titledSurname = (bare: string, copy: string): boolean =>
  new RegExp(`(?<![\\p{L}])${TITLED}\\s+${wholeRun(lastName(bare))}`, 'u').test(copy);
