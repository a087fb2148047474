import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s45 B-r45-5: an inverted apposed tag followed by adjuncts other than the tested "on Day" or "to reporters"
// (a hearer and a day, "in a letter", "at a meeting of the board") was half cut: ", said NAME," went and the
// description stayed glued to the question. The adjuncts after a tag are now read as a grammar (a preposition and
// its noun phrase, or a time word, in any order, up to the end), and a tag whose apposition would be left behind is
// not cut at all: the question is withheld and the passage shown. Invented copy.
const questions = (sentence: string) =>
  analyzeArticle(`Harbour plans\n\nThe harbour board met on Tuesday.\n\n${sentence}\n`).questions.map((q) => q.text);

it.each([
  [
    'The school will merge with Dunmore High, said Ann Lee, head teacher, to parents on Monday.',
    'Will the school merge with Dunmore High',
  ],
  [
    'The trust will sell the quay by 2028, said Tom Brack, director of estates for Harwick and Kelso, in a letter.',
    'Will the trust sell the quay by 2028',
  ],
  [
    'The depot will close in May, said Ruth Hale, the trust’s finance director, at a meeting of the board on Friday.',
    'Will the depot close in May',
  ],
  [
    'The market will move to Kelso, said the council’s leader, Piet Kuiper, to traders on Tuesday.',
    'Will the market move to Kelso',
  ],
  [
    'The bridge will reopen next year, Dan Okafor, chief engineer, said to reporters on Monday.',
    'Will the bridge reopen next year',
  ],
  ['The ferry will run to Kell in March, said Ruth Hale, on Tuesday.', 'Will the ferry run to Kell in March'],
])('takes the tag and its adjuncts out of the question: %s', (sentence, question) => {
  expect(questions(sentence)).toContainEqual(expect.stringMatching(new RegExp(`^${question}\\?`)));
});

it('shows the passage, not a half-cut tag, when what follows the apposition is a clause', () => {
  const sentence = 'The bakery will shut in June, said Sam Patel, its owner, as the last loaves sold out.';
  const shown = questions(sentence);
  expect(shown.filter((q) => /its owner/.test(q) && !q.includes(sentence))).toEqual([]);
  expect(shown).toContain(`Pending: “${sentence}”`);
});

it.each([
  ['The ferry will run to Kell in March, said Ruth Hale, as the crew cheered.', 'Will the ferry run to Kell in March?'],
  ['The ferry will run to Kell in March, said the harbour master.', 'Will the ferry run to Kell in March?'],
  ['The ferry will run to Kell in March, Ruth Hale said to reporters.', 'Will the ferry run to Kell in March?'],
  // A tag that is not inverted interrupts the clause: the adjunct after it is the claim's and stays.
  ['The ferry will run to Kell, its owners say, in March.', 'Will the ferry run to Kell in March?'],
])('control: a tag without an apposition is cut as before: %s', (sentence, question) => {
  expect(questions(sentence)).toContain(question);
});
