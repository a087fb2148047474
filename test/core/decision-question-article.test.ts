import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * A body the copy always writes with "the" keeps it in the "decide whether to" question (review s37 B-main-95: "Will
 * Department of Health extend the scheme …?"). Copy written for the test, British and US house styles.
 */
const questions = (body: string) =>
  analyzeArticle(`Scheme under review\n\nThe pilot ended on Friday. ${body}`).questions.map((q) => q.text);

it('British copy: officials at a department deciding whether to act', () => {
  const asked = questions('Officials at the Department for Transport will decide whether to extend the trial.');
  expect(asked.some((q) => q.startsWith('Will the Department for Transport extend the trial'))).toBe(true);
});

it('US copy: staff at an agency deciding whether to act', () => {
  const asked = questions('Staff at the Federal Aviation Administration will decide whether to ground the jets.');
  expect(asked.some((q) => q.startsWith('Will the Federal Aviation Administration ground the jets'))).toBe(true);
});

it('control: a person deciding takes no article', () => {
  const asked = questions(
    'Mayor Dana Whitfield will decide whether to veto the budget. Whitfield said she was undecided.',
  );
  expect(asked.some((q) => /^Will (?:Mayor )?(?:Dana )?Whitfield veto the budget/.test(q))).toBe(true);
});
