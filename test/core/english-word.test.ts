import { describe, expect, it } from 'vitest';
import { englishWord } from '../../src/core/english-word';

/**
 * Session 52, who56b: the WordNet lemma test now searches the sorted list's one string (offsets per first two
 * letters) instead of building a Set of its 67,656 words; these pin the answers at the list's edges and in between.
 */
describe('englishWord over the sorted lemma list', () => {
  it('finds the first and last words of the list, in any case', () => {
    expect(['a', 'Aa', 'zymurgy', 'ZYMOTIC'].map(englishWord)).toEqual([true, true, true, true]);
  });

  it('finds irregular forms and regular inflections, and no prefix or extension of a lemma', () => {
    expect(['Said', 'Children', 'Publishers', 'Churches', 'Pastored'].map(englishWord)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['zymurgyx', 'aardvar', 'Nurul', 'Garda', 'Ogunleye', "O'Neill", ''].map(englishWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes no old spelling WordNet holds only as a name for a closed-class word (review B-r54-7)', () => {
    // "howe" is an old "how" in wink-lexicon and the surname Howe in WordNet; "whom" and "amid" stay (controls).
    expect(['Howe', 'whom', 'amid', 'upon'].map(englishWord)).toEqual([false, true, true, true]);
  });
});
