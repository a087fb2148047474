import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { openingPronounPerson } from '../../src/core/opening-pronoun-person';

/** Copy written for the test: a harbour story whose last sentence opens on `pronoun`, after `before`. */
function read(before: string, pronoun = 'He') {
  const analysis = analyzeArticle(
    [
      'Harbour terminal opens next month',
      '',
      'The new container terminal at Port Ellery will open next month after two years of building.',
      '',
      `${before} ${pronoun} declined to say how much the terminal would earn.`,
    ].join('\n'),
  );
  const sentence = analysis.sentences.find((s) => s.text.startsWith(`${pronoun} declined`))!;
  return openingPronounPerson(analysis, sentence);
}

describe('whom an opening "He" or "She" means (the answer note’s reading, in the engine)', () => {
  it('names the one person the sentence before names, whole however the name is spelt', () => {
    expect(read('The harbour board chair, Ömer Çelik, opened the meeting on Monday.')).toEqual({
      pronoun: 'he',
      name: 'Ömer Çelik',
    });
    expect(read('Port engineer Đặng Văn Lâm showed the board the new cranes.')?.name).toBe('Đặng Văn Lâm');
  });

  it('control: a person the copy gives the other gender is not the "she"', () => {
    expect(read('Port engineer John Ferreira showed the board the new cranes.', 'She')).toBeNull();
    expect(read('Port engineer John Ferreira showed the board the new cranes.')?.name).toBe('John Ferreira');
  });

  it('reads no sentence before the first: a story opening on "She" gives no one, and does not throw', () => {
    const analysis = analyzeArticle(
      [
        'Harbour board picks its new chair',
        '',
        'PORT ELLERY — She is the board’s answer to the claim that Ada Vellacott cannot be trusted.',
        '',
        'Vellacott said the board would meet on Monday.',
      ].join('\n'),
    );
    expect(analysis.sentences[0]!.text).toMatch(/^She is/);
    expect(() => openingPronounPerson(analysis, analysis.sentences[0]!)).not.toThrow();
    expect(openingPronounPerson(analysis, analysis.sentences[0]!)).toBeNull();
  });
});
