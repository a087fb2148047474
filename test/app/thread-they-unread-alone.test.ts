import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 45 (review s45 B-r45-8): after "I couldn't tell whom “they” means" the reply went on "The article doesn't
// say.", denying what the group it could not read had said. Unanswered as asked, the line now stands alone. Invented
// copy: harbour office staff and pilots.
const HARBOUR = `Harbour tug crews walk out in Kelso

Staff at the harbour office cautioned that sailings would be cut from Monday.

The pilots urged the harbour board to settle the dispute before the spring tides.
`;

const consoleSays = useConsoleStory({ copy: HARBOUR, brief: '/brief harbour tug' });

test('"they" the thread could not read: the line alone, never "The article doesn\'t say." after it', async () => {
  const [, , they] = await consoleSays(['who cautioned that sailings would be cut?', 'what did they say?']);
  expect(they).toMatch(/“they”/);
  // Either reading is fair ("staff" read as the group, or not read); a refusal followed by a denial is not.
  expect(they).not.toMatch(/I couldn't tell whom[\s\S]*The article doesn't say/);
});

test('control: "they" read as the one plural group the answer named is still answered', async () => {
  const [, , they] = await consoleSays(['who urged the harbour board to settle the dispute?', 'what did they urge?']);
  expect(they).toMatch(/Taking “they” as the pilots/);
});
