import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 46 (thread46, the console on the ferry copy): "and since when?" was no follow-up the thread knew, so it was
// answered as a question of its own and cited whichever sentence had "since" in it. It now leans on the last question
// as "and when?" does: asked of the who-question's doer, or said to be unreadable. Invented copy: a chain ferry.
const CHAIN = `Chain ferry fares rise again

Kelso Crossings has run the chain ferry since 2019 under a council licence.

Walkers said fares had doubled since 2021.

The council has not said who will run the ferry once the licence ends.
`;

const consoleSays = useConsoleStory({ copy: CHAIN, brief: '/brief chain ferry' });

test('"and since when?" after a who-question is asked of its doer', async () => {
  const [, , since] = await consoleSays(['who has run the chain ferry?', 'and since when?']);
  expect(since).toMatch(/as “since when has Kelso Crossings run the chain ferry\?”/);
  expect(since).toMatch(/since 2019/);
  expect(since).not.toMatch(/doubled since 2021/);
});

test('"and since when?" after a who-question with no doer in its answer says it cannot lean on it', async () => {
  const [, , since] = await consoleSays(['who will run the ferry once the licence ends?', 'and since when?']);
  expect(since).toMatch(/I couldn't tell what “and since when\?” asks after/);
  expect(since).not.toMatch(/doubled since 2021/);
});

test('control: "and when?" after the same question is read as before', async () => {
  const [, , when] = await consoleSays(['who has run the chain ferry?', 'and when?']);
  expect(when).toMatch(/as “when has Kelso Crossings run the chain ferry\?”/);
});
