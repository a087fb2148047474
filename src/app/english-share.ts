import COMMON from './english-common-words.json' with { type: 'json' };

const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.words);

/** Lower-cased letter runs; an apostrophe inside a word ("don't") keeps it one word. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * The share of a text's words that are among the 100 commonest words of English news copy (learned
 * from the PolNeAR training articles by src/train/build-english-words.ts), and how many words it
 * has. English copy is mostly function words ("the", "of", "said"); French, Spanish or German copy
 * shares almost none of them.
 */
export function englishShare(text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  let common = 0;
  for (const w of words) if (COMMON_WORDS.has(w.replace(/’/g, "'"))) common++;
  return { share: common / words.length, words: words.length };
}
