import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { parseTextFile } from '../../src/ingest/parse-text-file';
import { withTextProblem } from '../../src/ingest/with-text-problem';

// Review s45 B-r45-17: a front matter's one-word title ("title: Harbour") was dropped when the word occurs in the
// body's first sentence, and the story took that sentence as its title; a file with front matter and no body was
// refused as "16 characters" (its title's length). The front matter now gives the title whatever its length, and an
// empty body is said to be empty. Invented copy.
const BODY =
  'Kelso Council will close the harbour car park from May to build a new sea wall, the council said on Tuesday, ' +
  'after a winter of storms. Traders said the closure would cost them the summer trade they depend on.\n';
const file = (front: string, body = BODY) =>
  parseTextFile('story.md', `---\n${front}\ndate: 2026-07-05\n---\n${body}`, 'UTC');
const titleOf = (text: string) => analyzeArticle(text).title;

it('keeps a one-word front-matter title that the first sentence also holds', () => {
  const parsed = file('title: Harbour');
  expect(parsed.title).toBe('Harbour');
  expect(titleOf(parsed.text)).toBe('Harbour');
});

it('says a file of front matter alone has an empty body', () => {
  const parsed = withTextProblem(file('title: Harbour car park to close', ''));
  expect('textProblem' in parsed && parsed.textProblem).toMatch(/body after it is empty/);
});

it('control: a body opening with its own headline line that holds the title keeps that line, once', () => {
  const parsed = file('title: Harbour', `Harbour car park to close for a year\n\n${BODY}`);
  expect(parsed.text.startsWith('Harbour car park to close for a year\n\nKelso Council')).toBe(true);
  expect(titleOf(parsed.text)).toBe('Harbour car park to close for a year');
});

it('control: a short body after front matter is still refused for its length', () => {
  const parsed = withTextProblem(file('title: Harbour', 'The car park shuts in May.\n'));
  expect('textProblem' in parsed && parsed.textProblem).toMatch(/too short to be an article/);
});

// Review s46 B-r46-9: a byline line holding the title's word ("By Tom Reed, ferry correspondent") was taken for a
// headline line, and the story was titled by its byline. A headline line must open with the title and be no byline.
const FERRY =
  'The Kelso ferry will stop running in January after the operator lost its council subsidy, the council said on ' +
  'Monday. Islanders said the decision would cut them off from the mainland for weeks at a time.\n';

it('keeps the front matter title over a byline line that holds its word', () => {
  const parsed = file('title: Ferry', `By Tom Reed, ferry correspondent\n\n${FERRY}`);
  expect(parsed.text.startsWith('Ferry\n\nBy Tom Reed')).toBe(true);
  expect(titleOf(parsed.text)).toBe('Ferry');
});

it('keeps the front matter title over a headline line that holds its word after others', () => {
  const parsed = file('title: Ferry', `Kelso loses its ferry service\n\n${FERRY}`);
  expect(parsed.text.startsWith('Ferry\n\nKelso loses')).toBe(true);
});

it.each(['Ferry timetable cut', '# Ferry timetable cut'])(
  'control: a headline line or heading that opens with the title stays the title, once: %s',
  (line) => {
    const parsed = file('title: Ferry', `${line}\n\n${FERRY}`);
    expect(parsed.text.startsWith('Ferry timetable cut\n\nThe Kelso ferry')).toBe(true);
    expect(titleOf(parsed.text)).toBe('Ferry timetable cut');
  },
);
