import { relatedStems } from './answer-lexicon';
import { stemOf } from './tokenize-words';

/**
 * Whether a capitalised word is a word of English by WordNet's evidence (the answer lexicon relates its stem to
 * others): "Negotiations", "Development"; not "Tautahi", "Anaru". A name's own words rarely are.
 */
export function wordnetWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && relatedStems(stemOf(text.toLowerCase())).length > 0;
}
