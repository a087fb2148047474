import { relatedStems } from './answer-lexicon';
import { stemOf } from './tokenize-words';

/**
 * Whether a capitalised word is a word of English by WordNet's evidence (the answer lexicon relates its stem to
 * others): "Negotiations", "Development"; not "Tautahi", "Anaru". A name's own words rarely are. Its readers (a
 * portfolio's end, "X and <body>") take a word it does not hold for a name word, so it must not hold names: the full
 * lemma list (english-word.ts) holds many given and family names ("Drew", "Sage", "Baker", "Smith"; review 53,
 * B-r53-1/-2), the related stems few of them.
 */
export function wordnetWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && relatedStems(stemOf(text.toLowerCase())).length > 0;
}
