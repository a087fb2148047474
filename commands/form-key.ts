import { lemmaOf } from '../src/core/answer-lexicon';
import { irregularVerbLemma } from '../src/core/irregular-verb-lemma';

/**
 * One key for a word's inflections: an irregular form's lemma (WordNet's, "went" → "go", "said" → "say"), else the word without its
 * -s, -es, -ed or -ing, a final "e" or doubled consonant ("closes", "closed", "closing" and "close" → "clos").
 */
export function formKey(word: string): string {
  const known = KEYS.get(word);
  if (known !== undefined) return known;
  // Bounded: a bot answers for days, and its threads ask of many articles.
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  const key = keyOf(word);
  KEYS.set(word, key);
  return key;
}

/** Each word's key once: checking several doers reads every word of the article again for each. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

function keyOf(word: string): string {
  // The answer lexicon's lemmas hold only forms the corpus asked about; WordNet's exceptions read the rest ("said").
  const lemma = irregularVerbLemma(word) ?? lemmaOf(word);
  if (lemma !== word) return trimmed(lemma);
  // One suffix at most: "closes" loses its -s, "closed" its -ed, never both.
  const stem = /ie[sd]$/.test(word)
    ? word.replace(/ie[sd]$/, 'y')
    : /^.{3,}(?:ing|ed)$/.test(word)
      ? word.replace(/(?:ing|ed)$/, '')
      : /(?:ss|sh|ch|x|z)es$/.test(word)
        ? word.slice(0, -2)
        : word.replace(/(?<![sui])s$/, '');
  return trimmed(stem);
}

function trimmed(stem: string): string {
  return stem.replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}
