import { englishWord } from './english-word';

/**
 * Whether a capitalised word is a word of English by WordNet's evidence (english-word.ts: any common lemma, irregular
 * form or regular inflection): "Negotiations", "Development", "Market"; not "Tautahi", "Anaru", "Mohammed". A name's
 * own words rarely are. (Until session 52 this asked the answer lexicon for related stems, which holds only stems
 * related to others: "Publisher" and "Said" were no words, "Mohammed" was one.)
 */
export function wordnetWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && englishWord(text);
}
