import { lemmaOf } from './answer-lexicon';
import { classesOf } from './class-members';
import data from './counted-kinds.json' with { type: 'json' };
import { isRoleHead } from './role-heads';
import { STOPWORDS } from './stopwords';
import { stemOf } from './tokenize-words';

/**
 * What a counted noun is a kind of, from WordNet 3.1 (precomputed by `npm run lexicon:kinds`,
 * src/train/build-counted-kinds.ts): "how many people turned out?" is answered by "more than 171,000 Iowans", and
 * "how many machines were broken into?" by "12 workstations", though the copy never says the asked noun.
 */

const kinds = data as Record<string, string>;
const NONE: readonly string[] = [];
/** The file's lists, split once on first use (not per word: a bot answers for days). */
let split: Map<string, readonly string[]> | undefined;

/** The spelled cardinals above one a number phrase opens with: "Thirteen months passed", "ninety days". */
export const SPELLED_NUMBER =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number word or figure: what starts a count ("171,000", "five", "dozens", "Twenty-nine": one hyphenated word). */
export const NUMBER_TOKEN = new RegExp(
  String.raw`\d|^(?:${SPELLED_NUMBER}|hundreds?|thousands?|millions?|billions?|dozens?)$|^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$`,
);
/**
 * The number words counted-kinds.json was built from (session 40). NUMBER_TOKEN since reads "thirteen" … "ninety" too;
 * building the lexicon from them would change it, a rebuild to measure on its own, so the builder keeps this list.
 */
const LEXICON_NUMBER =
  /\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/;
/** How far after a number its counted noun may stand ("24 separate searches", "more than 171,000 Iowans"). */
export const COUNT_REACH = 3;

/** The words up to COUNT_REACH after each number: where a counted noun stands. */
export function countedNouns(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!LEXICON_NUMBER.test(words[i]!)) continue;
    for (let j = i + 1; j <= i + COUNT_REACH && j < words.length; j++) out.push(words[j]!);
  }
  return out;
}

/** The nouns WordNet files a lower-case counted word under ("iowans" -> person, people, american…). */
export function countedKinds(word: string): readonly string[] {
  split ??= new Map(Object.entries(kinds).map(([form, list]) => [form, list.split(' ')]));
  return split.get(word) ?? NONE;
}

/**
 * What "how many …" counts: its head's stem, for the copy's own word; its lemma, for a kind of it; the classes WordNet
 * files the head under, for the copy's more general word ("how many kids …?" against "270 people"); and whether it
 * counts occurrences ("how many times …?", answered by a counted act: "24 separate searches").
 */
export interface CountFocus {
  stems: ReadonlySet<string>;
  lemmas: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  /**
   * The stems WordNet files the head's commonest sense under, its synonyms among them (class-members.json): the
   * counted-kinds table holds only words news copy counts, so "how many cops…?" has no kinds there, yet "cop" is
   * filed under officer and policeman, and "five police officers" counts them.
   */
  classes: ReadonlySet<string>;
  occurrences: boolean;
  size: number;
}

/** The counted head's stem and its possible lemmas ("machines" -> machine, machin; "parties" -> party). */
export function countFocusOf(head: string | undefined): CountFocus {
  if (head === undefined)
    return { stems: new Set(), lemmas: new Set(), kinds: new Set(), classes: new Set(), occurrences: false, size: 0 };
  const lemmas = lemmasOf(head);
  const occurrences = head === 'times';
  const stem = stemOf(head);
  return {
    stems: new Set([stem]),
    lemmas,
    kinds: new Set(countedKinds(head)),
    classes: classesOf(stem),
    occurrences,
    size: 1,
  };
}

/** A noun's possible lemmas: itself, its irregular lemma and its -s/-es/-ies singulars. */
function lemmasOf(word: string): Set<string> {
  const lemmas = new Set([word, lemmaOf(word)]);
  if (word.endsWith('ies')) lemmas.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) lemmas.add(word.slice(0, -2));
  if (word.endsWith('s')) lemmas.add(word.slice(0, -1));
  return lemmas;
}

/** An act or event counted answers "how many times": "24 separate searches", "seven congressional investigations". */
const OCCURRENCE_KINDS = new Set(['act', 'event']);

/**
 * The word at `at`, counted by the number at `from`, counts the focus: it is the focus (by stem), or a kind of it, a
 * class the focus is filed under ("270 people" for kids) or, for "times", an act or event — always heading the counted
 * phrase: no noun follows it ("three president debates" counts debates, not presidents), no function word stands
 * between it and the number ("Ruocco, 21, a student" and "58, but critics" give an age), no definite determiner
 * before the number and the number is no year ("a 1979 graduate" dates one person).
 */
export function countsAs(
  words: readonly string[],
  from: number,
  at: number,
  focus: CountFocus,
  siblings = false,
): boolean {
  const word = words[at]!;
  if (focus.stems.has(stemOf(word))) return true;
  if (countedKinds(word).length === 0 || YEAR.test(words[from]!)) return false;
  if (!plural(word) && modifies(words[at + 1])) return false;
  // "the two candidates", "his three children" point back at a set already named; a count the copy reports stands
  // without a definite determiner ("About 270 people", "250 individuals").
  if (DEFINITE.test(words[from - 1] ?? '')) return false;
  for (let k = from + 1; k < at; k++) if (STOPWORDS.has(words[k]!)) return false;
  const kinds = countedKinds(word);
  if (kinds.some((k) => focus.lemmas.has(k))) return true;
  if (focus.occurrences && kinds.some((k) => OCCURRENCE_KINDS.has(k))) return true;
  // The copy's noun is a class the asked noun is filed under: the count is given at the class's level.
  for (const lemma of lemmasOf(word)) if (focus.kinds.has(lemma)) return true;
  if (focus.classes.has(stemOf(word))) return true;
  // With `siblings`, both being people is enough ("how many pupils …?" against "91 children": siblings under person),
  // unless the copy counts holders of a post ("a dozen governors" is no count of Syrian refugees). It only spares the
  // sentence the missing-filler mark: a sibling is no evidence for the answer.
  if (!siblings || !focus.kinds.has(PERSON) || !kinds.includes(PERSON)) return false;
  return ![...lemmasOf(word)].some(isRoleHead);
}

/**
 * The next word is a noun the counted word modifies ("three president debates"). A function word ends the phrase,
 * though WordNet files some as nouns too ("the haves", "a can", "the ins and outs"): "270 people have been resettled".
 */
function modifies(next: string | undefined): boolean {
  return next !== undefined && !STOPWORDS.has(next) && countedKinds(next).length > 0;
}

/**
 * A regular plural heads its phrase: English modifies a noun with the singular ("three president debates"), so the
 * word after "48 passengers" is its verb, though WordNet files it as a noun too ("48 passengers left the road").
 */
const plural = (word: string): boolean => /[^isu]s$/.test(word);

const PERSON = 'person';
const DEFINITE = /^(?:the|these|those|his|her|its|their|our|my|your)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
