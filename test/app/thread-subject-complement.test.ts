import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 46 (fix45c's leftover): a group written as its head and a complement ("Porters at the depot's yard …",
// "The tenants of Mill Row …") was no "they": the head opening the sentence was not read, and the body after "of" was
// taken as a second group. The head before "of/at" is the referent, and the doer of the sentence's verb. Invented copy.
const DEPOT = `Bus depot to close its night shift

Porters at the depot's yard said the new shifts would leave them without a weekend.

The tenants of Mill Row warned that the night buses kept them awake.

The drivers said the route changes were rushed.
`;

const consoleSays = useConsoleStory({ copy: DEPOT, brief: '/brief bus depot' });

test('"they" after a sentence opening "Porters at the depot\'s yard said" is those porters', async () => {
  const [, , they] = await consoleSays([
    'who said the new shifts would leave them without a weekend?',
    'what did they say?',
  ]);
  expect(they).toMatch(/Taking “they” as porters at the depot's yard/);
});

test('"they" after "The tenants of Mill Row warned" is the tenants of Mill Row, not two groups', async () => {
  const [, , they] = await consoleSays(['who warned that the night buses kept them awake?', 'what did they say?']);
  expect(they).toMatch(/Taking “they” as the tenants of Mill Row/);
  expect(they).not.toMatch(/couldn't tell/);
});

test('"and why?" after it is asked of the head with its complement', async () => {
  const [, , why] = await consoleSays(['who warned that the night buses kept them awake?', 'and why?']);
  expect(why).toMatch(/as “why did the tenants of Mill Row warn that the night buses kept them awake\?”/);
});

test('control: a group with no complement is read as before', async () => {
  const [, , they] = await consoleSays(['who said the route changes were rushed?', 'what did they say?']);
  expect(they).toMatch(/Taking “they” as the drivers/);
});
