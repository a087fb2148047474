import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review 47's B-r47-10: "they" after the answer to a passive who-question ("who was held at the slipway?") was read
// as the "by" agent (the port officers), not the people the act was done to. Invented copy: a boatyard break-in.
const BOATYARD = `Two held after boatyard break-in

Nell Garvey and Cal Brody were held at the slipway by port officers because they had a key to the boatyard gate.

The families were moved to the school hall by council volunteers on Friday night.
`;

const consoleSays = useConsoleStory({ copy: BOATYARD, brief: '/brief boatyard break-in' });

test('"they" after a passive who-question is the two people it was done to', async () => {
  const [, , they] = await consoleSays(['who was held at the slipway?', 'where were they held?']);
  expect(they).toMatch(/Taking “they” as Nell Garvey and Cal Brody/);
});

test('"they" after a passive who-question is the plural group it was done to', async () => {
  const [, , they] = await consoleSays(['who was moved to the school hall?', 'when were they moved?']);
  expect(they).toMatch(/Taking “they” as the families/);
});

test('control: "they" after an active who-question is still its group of doers', async () => {
  const [, , they] = await consoleSays(['who held Cal Brody?', 'where are they based?']);
  expect(they).toMatch(/Taking “they” as (?:port )?officers/);
});
