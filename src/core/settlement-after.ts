import data from './settlement-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a capitalised run with a lower-case word after it asks. */
const nouns = wordListSet(data as string);

/** The lower-case word right after a run ("Dhanpur Char village who …" -> "village"). */
const NEXT_WORD = /^ ([a-z]+)\b/;

/**
 * Whether the run ending at `end` of `text` is followed by a lower-case noun for a settlement or an administrative
 * division ("from neighbouring Dhanpur Char village", "in Sylhet district"), as `npm run lexicon:settlements`
 * (src/train/build-settlement-nouns.ts) wrote src/core/settlement-nouns.json from WordNet: the run names the place
 * (audit 58, B-a58-1, where such a village took a farmer's "he said"). A person's name is never written so.
 */
export function settlementAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  return nouns().has(next);
}
