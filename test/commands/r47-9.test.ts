import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review 47's B-r47-9: "and why?" after a who-question whose answer is two people joined by "and" kept the question's
// singular auxiliary ("why was Mia Ortiz and Leo Park detained …?"). Invented copy: a boatyard break-in.
const BOATYARD = `Two held after boatyard break-in

Nell Garvey and Cal Brody were held at the slipway by port officers because they had a key to the boatyard gate.

Ivo Marsh was held at the ferry office after the alarm went off.

Rhea Tolland and Finn Arkle run the boatyard from a shed by the slipway.

The families were moved to the school hall by council staff on Friday.

Jo Pike and Tam Royle have repaired the gate with steel from the old pier.
`;

const consoleSays = useConsoleStory({ copy: BOATYARD, brief: '/brief boatyard break-in' });

test('a passive who-question answered by two people is asked again with "were"', async () => {
  const [, , why] = await consoleSays(['who was held at the slipway?', 'and why?']);
  expect(why).toMatch(/as “why were Nell Garvey and Cal Brody held at the slipway\?”/);
});

test('an active present who-question answered by two people is asked again with "do"', async () => {
  const [, , since] = await consoleSays(['who runs the boatyard?', 'and why?']);
  expect(since).toMatch(/as “why do Rhea Tolland and Finn Arkle run the boatyard\?”/);
});

test('a perfect who-question answered by two people is asked again with "have"', async () => {
  const [, , why] = await consoleSays(['who has repaired the gate?', 'and why?']);
  expect(why).toMatch(/as “why have Jo Pike and Tam Royle repaired the gate\?”/);
});

test('a plural group of people is asked again with "were"', async () => {
  const [, , why] = await consoleSays(['who was moved to the school hall?', 'and why?']);
  expect(why).toMatch(/as “why were the families moved to the school hall\?”/);
});

test('control: one person keeps the singular auxiliary', async () => {
  const [, , why] = await consoleSays(['who was held at the ferry office?', 'and why?']);
  expect(why).toMatch(/as “why was Ivo Marsh held at the ferry office\?”/);
});
