import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s42 B-r42-16: a closing tag whose speaker is named with an apposition (", its deputy chairman, Sam Patel,
// said.") stayed in the question ("Will the trust close the north pier …, its deputy chairman, Sam Patel?"). Invented copy.
const questions = (sentence: string) =>
  analyzeArticle(`Pier closure\n\nThe harbour trust met on Monday.\n\n${sentence}\n`).questions.map((q) => q.text);

it.each([
  'The trust will close the north pier on Sundays from January, its deputy chairman, Sam Patel, said.',
  "The trust will close the north pier on Sundays from January, Sam Patel, the trust's deputy chairman, said.",
])('takes the apposed speaker out of the question: %s', (sentence) => {
  const asked = questions(sentence);
  expect(asked.some((q) => /^Will the trust close the north pier on Sundays from January\?/.test(q))).toBe(true);
  expect(asked.join(' ')).not.toMatch(/Sam Patel\?|chairman\?/);
});

it('control: a plain closing tag is stripped as before', () => {
  const asked = questions('The council will vote on the budget next week, Ann Lee said.');
  expect(asked.some((q) => /^Will the council vote on the budget next week\?/.test(q))).toBe(true);
});
