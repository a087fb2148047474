import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s43 B-r43-9: the apposed closing tag was cut only before a bare "said."; "said on Monday", "has said",
// "told the BBC" and the inverted "said NAME, DESCRIPTION." stayed in the question. Invented copy.
const questions = (sentence: string) =>
  analyzeArticle(`Ferry timetable\n\nThe ferry board met on Tuesday.\n\n${sentence}\n`).questions.map((q) => q.text);

it.each([
  'The board will cut the late crossing to Ardmore from March, its finance director, Lena Ross, said on Tuesday.',
  "The board will cut the late crossing to Ardmore from March, Lena Ross, the board's finance director, has said.",
  'The board will cut the late crossing to Ardmore from March, Lena Ross, finance director of the board, told the BBC.',
])('takes the whole tag out of the question: %s', (sentence) => {
  const asked = questions(sentence);
  expect(asked.some((q) => /^Will the board cut the late crossing to Ardmore from March\?$/.test(q))).toBe(true);
  expect(asked.join(' ')).not.toMatch(/Lena Ross|finance director/);
});

it('takes the inverted tag out: said NAME, DESCRIPTION.', () => {
  const asked = questions(
    "The library will close the reading room from June, said Amir Khan, the county's head librarian.",
  );
  expect(asked).toContain('Will the library close the reading room from June?');
});

it('control: an unnamed tag with its day is stripped as before', () => {
  const asked = questions(
    'The board will cut the late crossing to Ardmore from March, its finance director said on Tuesday.',
  );
  expect(asked.some((q) => /^Will the board cut the late crossing to Ardmore from March\?$/.test(q))).toBe(true);
});
