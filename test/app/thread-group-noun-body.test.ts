import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 45 (issue 12; session 44's closing note): a body the copy names with a lower-case group noun (WordNet's
// noun.group, commands/group-nouns.json) was no doer and no "they": "Harwick council voted" left "and why?" after "who
// voted …?" unasked, and "The anglers' association said" was "no group or body". Invented copy about a pier.
const PIER = `Harwick pier to close for repairs

Harwick council voted on Monday to close the pier for six months because its pilings had rotted.

The anglers' association said the closure would end the summer fishing contest.

Shop owner Lena Moss said she would lose half her custom.

The traders complained that nobody had warned them.

Harwick council leader Tom Reddy said the pier would reopen in spring.
`;

const consoleSays = useConsoleStory({ copy: PIER, brief: '/brief harwick pier' });

test('"and why?" after "who voted …?" is asked of the council the answer has voting', async () => {
  const [, , why] = await consoleSays(['who voted to close the pier?', 'and why?']);
  expect(why).toMatch(/as “why did Harwick council vote to close the pier\?”/);
  expect(why).toMatch(/because its pilings had rotted/);
});

test('"they" after an answer naming "the anglers\' association" is the association', async () => {
  const [, , said] = await consoleSays([
    'who said the closure would end the summer fishing contest?',
    'what did they say?',
  ]);
  expect(said).toMatch(/Taking “they” as the anglers' association/);
});

test('control: "they" after an answer naming a plural group is still the group', async () => {
  const [, , said] = await consoleSays(['who complained that nobody had warned them?', 'what did they say?']);
  expect(said).toMatch(/Taking “they” as the traders/);
});

test('control: a group noun beginning a title before a name is no body', async () => {
  const [, , said] = await consoleSays(['who said the pier would reopen in spring?', 'what did they say?']);
  expect(said).toMatch(/the last answer named no group or body/);
});
