import { lemmaOf } from './answer-lexicon';
import data from './counted-kinds.json' with { type: 'json' };
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

/** A number word or figure: what starts a count ("171,000", "five", "dozens"). */
export const NUMBER_TOKEN =
  /\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/;
/** How far after a number its counted noun may stand ("24 separate searches", "more than 171,000 Iowans"). */
export const COUNT_REACH = 3;

/** The words up to COUNT_REACH after each number: where a counted noun stands. */
export function countedNouns(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_TOKEN.test(words[i]!)) continue;
    for (let j = i + 1; j <= i + COUNT_REACH && j < words.length; j++) out.push(words[j]!);
  }
  return out;
}

/** The nouns WordNet files a lower-case counted word under ("iowans" -> person, people, american…). */
export function countedKinds(word: string): readonly string[] {
  split ??= new Map(Object.entries(kinds).map(([form, list]) => [form, list.split(' ')]));
  return split.get(word) ?? NONE;
}

/** What "how many …" counts: its head's stem, for the copy's own word, and its lemma, for a kind of it. */
export interface CountFocus {
  stems: ReadonlySet<string>;
  lemmas: ReadonlySet<string>;
  size: number;
}

/** The counted head's stem and its possible lemmas ("machines" -> machine, machin; "parties" -> party). */
export function countFocusOf(head: string | undefined): CountFocus {
  if (head === undefined) return { stems: new Set(), lemmas: new Set(), size: 0 };
  const lemmas = new Set([head, lemmaOf(head)]);
  if (head.endsWith('ies')) lemmas.add(`${head.slice(0, -3)}y`);
  if (head.endsWith('es')) lemmas.add(head.slice(0, -2));
  if (head.endsWith('s')) lemmas.add(head.slice(0, -1));
  return { stems: new Set([stemOf(head)]), lemmas, size: 1 };
}

/**
 * The word at `at`, counted by the number at `from`, counts the focus: it is the focus (by stem), or a kind of it
 * heading the counted phrase — no word WordNet files follows it ("three president debates" counts debates, not
 * presidents), no determiner stands between it and the number ("Ruocco, 21, a student" gives an age) and the number
 * is no year ("a 1979 graduate" dates one person).
 */
export function countsAs(words: readonly string[], from: number, at: number, focus: CountFocus): boolean {
  const word = words[at]!;
  if (focus.stems.has(stemOf(word))) return true;
  if (countedKinds(word).length === 0 || countedKinds(words[at + 1] ?? '').length > 0 || YEAR.test(words[from]!))
    return false;
  for (let k = from + 1; k < at; k++) if (DETERMINER.test(words[k]!)) return false;
  return countedKinds(word).some((k) => focus.lemmas.has(k));
}

const YEAR = /^(?:1[89]|20)\d\d$/;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|of)$/;
