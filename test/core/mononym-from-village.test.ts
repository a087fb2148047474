import { describe, expect, it } from 'vitest';
import { agedApposition } from '../../src/core/aged-apposition';
import { analyzeArticle } from '../../src/core/analyze-article';
import { settlementAfter } from '../../src/core/settlement-after';

/**
 * Audit 58, B-a58-1: a one-word name with an age in apposition ("Rahim, a 40-year-old boatman from neighbouring Kolapara
 * Bazar village …, said …") was no person, so the village, two capitalised words, took his statement and the "he
 * said" after it. Copy written for the test.
 */
const copy = (name: string): string =>
  [
    'Hundreds of families lost their homes when the embankment gave way on Friday night, officials said.',
    `${name}, a 40-year-old boatman from neighbouring Kolapara Bazar village who lost his boat, said he had no work left.`,
    '"We eat once a day now," he said from a relief camp.',
  ].join('\n\n');

describe('a mononym with an age, from a village', () => {
  it('the man is the speaker; the village is no person', () => {
    const a = analyzeArticle(copy('Rahim'), { title: 'Embankment breach' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Rahim']);
    expect(a.statements.map((s) => s.speaker)).toEqual(['Rahim']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rahim']);
  });

  it('a full name reads the same, and the village is still no person', () => {
    const a = analyzeArticle(copy('Rahim Mollah'), { title: 'Embankment breach' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Rahim Mollah']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rahim Mollah']);
  });

  it('an age apposition: ", 31, said" or ", a 31-year-old <person noun>"; a list of figures or an animal is none', () => {
    const at = (text: string): boolean => agedApposition(text, text.indexOf(','));
    expect(at('Rahim, 31, said he would stay.')).toBe(true);
    expect(at('Rahim, a 31-year-old farmer, said it.')).toBe(true);
    expect(at('Rahim, an eight-year-old schoolgirl, said it.')).toBe(true);
    expect(at('Rahim, a 31-year-old unemployed farmer, said it.')).toBe(true);
    expect(at('Texas, 38, and Florida, 29, are the prizes.')).toBe(false);
    expect(at('Bolt, a three-year-old colt, won the race.')).toBe(false);
    expect(at('Rahim, a farmer, said it.')).toBe(false);
  });

  it('review 59, R59-7: ", 82, a <noun>" needs a person noun, and figures beside two names are a list of scores', () => {
    const at = (text: string, word: string): boolean => agedApposition(text, text.indexOf(word) + word.length);
    expect(at('Rahim, 31, a farmer from the coast, said it.', 'Rahim')).toBe(true);
    expect(at('Rahim, 31, a retired boatman, said it.', 'Rahim')).toBe(true);
    expect(at('The top-rated caterers were Velmont, 91, and Arkwell, 88, a high for the county.', 'Arkwell')).toBe(
      false,
    );
    expect(at('Arkwell, 88, a high for the county, came second.', 'Arkwell')).toBe(false);
    expect(at('The winners were Velmont, 91, and Arkwell, 88, said the judges.', 'Arkwell')).toBe(false);
    const a = analyzeArticle(
      'In a poll of local shops, the best-rated bakers were Velmont, 91, and Arkwell, 88, a high for the county.\n\nThe poll is run every year.',
      { title: 'Bakers rated' },
    );
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a settlement or division noun after a run names a place; other nouns do not', () => {
    const followed = (text: string, run: string): boolean => settlementAfter(text, text.indexOf(run) + run.length);
    expect(followed('He came from Kolapara Bazar village last year.', 'Kolapara Bazar')).toBe(true);
    expect(followed('Floods hit Sunamganj district on Monday.', 'Sunamganj')).toBe(true);
    expect(followed('Staff in the Maria Lopez campaign said so.', 'Maria Lopez')).toBe(false);
    expect(followed('Aides from the Maria Lopez camp said so.', 'Maria Lopez')).toBe(false);
    expect(followed('Talks began during the Kamau Odhiambo state visit.', 'Kamau Odhiambo')).toBe(false);
    expect(followed('The Wanjiru Kimani land deal was signed.', 'Wanjiru Kimani')).toBe(false);
  });
});
