import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { reportedClause } from '../../src/core/question-clauses';

// Review s44 B-r44-6: an inverted apposed tag ("…, said NAME, DESCRIPTION.") was cut only when its description
// opened with a determiner and ended the sentence; a bare post, a day or hearer after it, or a comma inside an
// organisation's name left the tag spliced into the question. Invented copy.
const questions = (sentence: string) =>
  analyzeArticle(`Ferry timetable\n\nThe ferry board met on Tuesday.\n\n${sentence}\n`).questions.map((q) => q.text);

it.each([
  'The ferry will run to Kell in March, said Ruth Hale, chief executive of the ferry company.',
  'The ferry will run to Kell in March, said Ruth Hale, its chief executive, on Tuesday.',
  'The ferry will run to Kell in March, said Ruth Hale, former harbour master, to reporters.',
  'The ferry will run to Kell in March, said Ruth Hale, the head of the Ardmore, Lorne and Kell ferry company.',
  'The ferry will run to Kell in March, Ruth Hale, head of the Ardmore, Lorne and Kell ferry company, said.',
])('takes the whole tag out of the question: %s', (sentence) => {
  expect(questions(sentence)).toContain('Will the ferry run to Kell in March?');
});

it.each([
  'The ferry will run to Kell in March, said Ruth Hale, adding that the quay would shut.',
  'The ferry will run to Kell in March, said Ruth Hale, though not before the spring tides.',
  'The ferry will run to Kell in March, said Ruth Hale, but the board disagrees.',
])('control: a clause after the inverted tag is not read as its description: %s', (sentence) => {
  expect(reportedClause(sentence)).toBe(sentence.slice(0, -1));
});

it('control: a list of places closing the claim stays in it', () => {
  expect(reportedClause('The ferry will run to Ardmore, Lorne and Kell, Ruth Hale said.')).toBe(
    'The ferry will run to Ardmore, Lorne and Kell',
  );
});
