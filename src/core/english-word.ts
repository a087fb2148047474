import data from './english-lemmas.json' with { type: 'json' };

const words = data as string;
/**
 * Where each word of the sorted, space-joined list starts, found on first use: a lookup is a binary search over the one
 * string the module already holds. A Set of its 67,656 words held 4.3 MB of heap once built (5.9 MB of resident set;
 * `node --expose-gc`, after gc); these offsets and buckets hold 0.13 MB of heap and 0.26 MB of typed arrays, and the
 * bot's resident set stands near its bar.
 */
let starts: Int32Array | undefined;
/** Per first two letters (26 × 27: a word of one letter has no second), the first word's index; the last is the end. */
let buckets: Int32Array | undefined;

const key = (word: string, at = 0): number =>
  (word.charCodeAt(at) - 97) * 27 +
  (at + 1 < word.length && word.charCodeAt(at + 1) !== 32 ? word.charCodeAt(at + 1) - 96 : 0);

function index(): void {
  const found: number[] = [0];
  for (let at = words.indexOf(' '); at >= 0; at = words.indexOf(' ', at + 1)) found.push(at + 1);
  starts = Int32Array.from(found);
  buckets = new Int32Array(26 * 27 + 1).fill(-1);
  buckets[26 * 27] = starts.length;
  for (let i = starts.length - 1; i >= 0; i--) buckets[key(words, starts[i]!)] = i;
  for (let b = 26 * 27 - 1; b >= 0; b--) if (buckets[b]! < 0) buckets[b] = buckets[b + 1]!;
}

/** -1, 0 or 1 as the list's word at `start` sorts before, as, or after `word` (code units: the list's own order). */
function compareAt(start: number, word: string): number {
  for (let k = 0; ; k++) {
    const end = start + k >= words.length || words.charCodeAt(start + k) === 32;
    if (k === word.length) return end ? 0 : 1;
    if (end) return -1;
    const diff = words.charCodeAt(start + k) - word.charCodeAt(k);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
}

function listed(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  if (!starts) index();
  const b = key(word);
  let lo = buckets![b]!;
  let hi = buckets![b + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareAt(starts![mid]!, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * WordNet's own detachment rules for nouns and verbs (its morphy): "ports" → "port", "churches" → "church",
 * "replied" → "reply", "pastored" → "pastor", "hoping" → "hope". No bare "-d" ("Vinod" is no inflection of "vino").
 */
const DETACH: ReadonlyArray<readonly [string, string]> = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];

/**
 * Whether a word, in any case, is a word of English by WordNet 3.1: one of its common lemmas of any part of speech,
 * an irregular form its exception lists give ("Said", "Went", "Children"), a function word wink-lexicon tags ("The",
 * "Upon", "Whom": WordNet has none), or a regular inflection of a lemma ("Publishers", "Ports"); `npm run
 * lexicon:lemmas` (src/train/build-english-lemmas.ts, which short-words.json is built from). A name WordNet holds only
 * as a name ("Dorothy", "Lincoln") and a word of no English ("Nurul", "Garda", "Ogunleye") are not.
 */
export function englishWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (listed(lower)) return true;
  // A base of two letters is too short to tell ("Ted" is no inflection of "te").
  return DETACH.some(
    ([end, put]) =>
      lower.endsWith(end) && lower.length - end.length + put.length > 2 && listed(lower.slice(0, -end.length) + put),
  );
}
