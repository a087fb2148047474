import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** Maren Holt's role when `apposition` follows her name after "said"; copy written for the test. */
const holtRole = (apposition: string) =>
  whoIsWho(
    analyzeArticle(
      [
        'Tullvane ward vote goes to a recount',
        '',
        `“The count was rushed,” said Maren Holt, ${apposition}.`,
        '',
        'Holt said the ward office would be asked for the ballot papers.',
      ].join('\n'),
    ),
  ).people.find((p) => p.name === 'Maren Holt')?.role;

describe("an apposition's head read past the words that modify it from behind", () => {
  it('reads the noun before an adverb or a participle after it ("operative currently working", "operative unaligned")', () => {
    expect(holtRole('a Tullvane operative currently working for the Greens')).toBe(
      'Tullvane operative currently working for the Greens',
    );
    expect(holtRole('a Tullvane Green operative unaligned in the recount')).toBe(
      'Tullvane Green operative unaligned in the recount',
    );
  });

  it('control: the head right before the preposition was read already', () => {
    expect(holtRole('a Tullvane operative working for the Greens')).toBe('Tullvane operative working for the Greens');
  });
});
