import data from './landform-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a capitalised run of two or more words asks. */
const nouns = wordListSet(data as string);

/**
 * Whether a capitalised run of two or more words ends on a noun whose commonest WordNet sense is a body of water, a
 * landform or dry land and never a group or a person ("Red Sea", "Persian Gulf", "Arabian Peninsula"), as
 * `npm run lexicon:landforms` (src/train/build-landform-nouns.ts) wrote src/core/landform-nouns.json. Such a run
 * names a place, whatever "the" before it suggests.
 */
export function landformName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && nouns().has(words[words.length - 1]!.toLowerCase());
}
