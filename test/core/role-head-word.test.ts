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

describe('a person noun before an -ing form heads the role (session 51, who55b)', () => {
  it('reads "veteran" in "a Navy veteran attending college in …", after an age between commas too', () => {
    expect(holtRole('a Navy veteran attending college in Dunmore')).toBe('Navy veteran attending college in Dunmore');
    expect(holtRole('29, a Navy veteran attending college in Dunmore')).toBe(
      'Navy veteran attending college in Dunmore',
    );
  });

  it('control: an -ing form before the head is no clause ("a nursing student at …")', () => {
    expect(holtRole('a Tullvane nursing student at the college')).toBe('Tullvane nursing student at the college');
  });
});
