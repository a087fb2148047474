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

// Session 46 (review s46 B-r46-6): the capitalised run before a group noun took a sentence's opening adjunct for a
// name, so "and why?" became "why did On Friday police close the pier?" and cited a sentence with no reason in it.
test('a sentence\'s opening time adjunct is no part of the body: "On Friday police" are the police', async () => {
  const copy = `${PIER}\nOn Friday police closed the pier road to cars.\n`;
  const [, , why] = await consoleSays(['who closed the pier road?', 'and why?'], { copy });
  expect(why).not.toMatch(/On Friday police/);
  expect(why).toMatch(/as “why did the police close the pier road\?”/);
  expect(why).toMatch(/The article doesn't say why the police closed the pier road\./);
});

test('control: a place before the group noun stays its name ("Harwick council")', async () => {
  const copy = `${PIER}\nHarwick council closed the pier road because the kerbs had sunk.\n`;
  const [, , why] = await consoleSays(['who closed the pier road?', 'and why?'], { copy });
  expect(why).toMatch(/as “why did Harwick council close the pier road\?”/);
  expect(why).toMatch(/because the kerbs had sunk/);
});

// A noun phrase of the answer is read up to its preposition: "the pier road to cars" had "to" for its head, and the
// headline's "pier to close" made it a second doer, so "and why?" was refused.
test("a noun phrase's preposition is not its head", async () => {
  const copy = `${PIER}\nHarwick council closed the pier road to cars because the kerbs had sunk.\n`;
  const [, , why] = await consoleSays(['who closed the pier road?', 'and why?'], { copy });
  expect(why).toMatch(/as “why did Harwick council close the pier road\?”/);
});
