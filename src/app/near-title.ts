import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { headlineWords } from './headline-words';

/**
 * Whether a stored title is worth offering for words that found no story: the two share a word
 * (stemmed, stopwords out: "library hours" and "City libraries …"), or a typed word is a near miss
 * of a title word ("fery contrct", "libary"). Character trigrams alone are not enough: "election
 * results" shares "ion" with "questions", and a title offered for words it does not contain
 * misleads more than saying nothing matched.
 */
export function isNearTitle(query: string, title: string): boolean {
  const typed = forms(query);
  const titled = forms(title);
  return typed.some((q) => titled.some((t) => q.stem === t.stem || isNearMiss(q, t)));
}

interface WordForms {
  word: string;
  stem: string;
}

/** Accents folded ("cafe" finds "Café"), each word with its stem. */
function forms(text: string): WordForms[] {
  return headlineWords(text).map((w) => {
    const word = w.normalize('NFD').replace(/\p{M}/gu, '');
    return { word, stem: stemmer(word) };
  });
}

/**
 * A typo, not another word: one edit in a word of four to six letters, two in a longer one, none
 * in a shorter one ("tax" is not "tay"). Stems count too, so "libary" reaches "libraries". The
 * first letter must agree: typos seldom hit it, while other words one letter apart often differ
 * there ("post" and "cost", "vote" and "note"). Up to five letters the edit must add or drop a
 * letter ("fery"): one swapped letter there is mostly another word ("bill" and "ball", "cuts" and "cats").
 */
function isNearMiss(a: WordForms, b: WordForms): boolean {
  if (a.word[0] !== b.word[0]) return false;
  const within = (x: string, y: string) => {
    const shorter = Math.min(x.length, y.length);
    if (shorter <= 5 && x.length === y.length && x !== y) return false;
    return distance(x, y) <= allowedEdits(shorter);
  };
  return within(a.word, b.word) || within(a.stem, b.stem);
}

function allowedEdits(letters: number): number {
  if (letters <= 3) return 0;
  return letters <= 6 ? 1 : 2;
}
