import { expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { carriedCredit } from '../../src/core/carried-credit';

const sentencesOf = (texts: string[]): Sentence[] =>
  texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: id }));

// The quote ranker's pick for a "he said" run, as it may go wrong: the credit names someone the run never reaches.
const VOTER = sentencesOf([
  'Governor Tom Pratt spoke to the nurses in Fresno on Friday.',
  'One nurse, Maria Olvera, 41, wore her union jacket to the rally.',
  'She had heckled Pratt at a town hall last spring.',
  '"I met a lot of nurses, and I liked every reason they gave," she said.',
  '"At one point, I was not even going to vote."',
]);

it('credits nobody when the run behind a pronoun or a quotation reaches another person first (issue 13)', () => {
  const wrong = new Map([
    [0, 'Tom Pratt'],
    [1, 'Maria Olvera'],
    [3, 'Tom Pratt'],
    [4, 'Tom Pratt'],
  ]);
  expect(carriedCredit('Tom Pratt', VOTER, 4, wrong, [])).toBeNull();
});

it('keeps a credit the run carries from where the speaker is named, before or after (controls)', () => {
  const right = new Map([
    [0, 'Tom Pratt'],
    [1, 'Maria Olvera'],
    [3, 'Maria Olvera'],
    [4, 'Maria Olvera'],
  ]);
  expect(carriedCredit('Maria Olvera', VOTER, 4, right, [])).toBe('Maria Olvera');
  // The tag follows the quotation: "…,” wrote Lee Park.
  const tagAfter = sentencesOf([
    '"We will win," Ana Ruiz said.',
    '"A pile of cash and a star.',
    'Nobody could miss the message," wrote Lee Park, a radio host.',
  ]);
  const park = new Map([
    [0, 'Ana Ruiz'],
    [1, 'Lee Park'],
  ]);
  expect(carriedCredit('Lee Park', tagAfter, 1, park, [])).toBe('Lee Park');
});

it('still prints the credit the engine gets right on a whole article (control)', () => {
  const analysis = analyzeArticle(
    [
      'Harbor city weighs limits on online abuse',
      '',
      'The city council in Marlow wants social media companies to remove abusive posts within a day.',
      '',
      '"I defend free speech, but there has to be a red line," council leader Anna Brandt said.',
      '',
      'Yet even members of her own coalition are questioning whether the plan goes too far.',
      '',
      'Tomas Keller, chairman of the small Liberty Party, argued that a democracy "must be able to bear" a measure of rudeness.',
      '',
      'He condemned the council\'s deal with the companies, saying that "surely it will lead to too many rather than too few posts being blocked."',
    ].join('\n'),
  );
  expect(analysis.questions.find((q) => q.text.startsWith('Disputed: “He condemned'))?.text).toMatch(
    /, says Tomas Keller$/,
  );
});
