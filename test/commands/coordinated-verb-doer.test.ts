import { expect, test } from 'vitest';
import { doesTheActIn } from '../../commands/does-the-act';
import { useConsoleStory } from '../support/console-story';

// Thread47's leftovers (session 47): a subject shared by a coordinated verb phrase ("… run the station and have
// rebuilt the slipway") was no doer, and the noun phrase "the lifeboat station and" was read as one; a plural group
// written with its possessor ("The skipper's children were taken …") was no passive doer, as "the skipper's children
// were" (head "were") stood beside "children". Invented copy: a lifeboat station.
const STATION = `Lifeboat station reopens after winter

Mara Quill and Owen Tarrant run the lifeboat station and have rebuilt the slipway with oak from the old jetty.

The skipper's children were taken to the harbour cafe by coastguard staff on Sunday.

Ivo Marsh was taken to the ferry office after the alarm went off.
`;

const consoleSays = useConsoleStory({ copy: STATION, brief: '/brief lifeboat station' });

test('"and why?" is asked of the subject a coordinated verb phrase shares', async () => {
  const [, , why] = await consoleSays(['who has rebuilt the slipway?', 'and why?']);
  expect(why).toMatch(/as “why have Mara Quill and Owen Tarrant rebuilt the slipway\?”/);
});

test('a plural group written with its possessor is the passive doer, for "and why?" and "they"', async () => {
  const [, , why] = await consoleSays(['who was taken to the harbour cafe?', 'and why?']);
  expect(why).toMatch(/as “why were the skipper's children taken to the harbour cafe\?”/);
  const [, , they] = await consoleSays(['who was taken to the harbour cafe?', 'when were they taken?']);
  expect(they).toMatch(/Taking “they” as the skipper's children/);
});

test('the act of a second verb phrase after "and" is the subject\'s, with its auxiliary', () => {
  const text = 'Mara Quill runs the station from a shed and has rebuilt the slipway.';
  expect(doesTheActIn(text, 'Mara Quill', 'rebuild')).toBe(true);
  // A bare participle after "and" shares the first verb's passive: Garvey was questioned, questioned no one.
  const held = 'Nell Garvey was held at the slipway and questioned by port officers.';
  expect(doesTheActIn(held, 'Nell Garvey', 'question', 'passive')).toBe(true);
  expect(doesTheActIn(held, 'Nell Garvey', 'question', 'active')).toBe(false);
});

test('control: the first verb phrase and a single passive doer are read as before', async () => {
  const [, , why] = await consoleSays(['who runs the lifeboat station?', 'and why?']);
  expect(why).toMatch(/as “why do Mara Quill and Owen Tarrant run the lifeboat station\?”/);
  const [, , single] = await consoleSays(['who was taken to the ferry office?', 'and why?']);
  expect(single).toMatch(/as “why was Ivo Marsh taken to the ferry office\?”/);
});

test("control: a reported clause or an auxiliary in the object keeps the act another subject's", () => {
  expect(doesTheActIn('Lena Voss said Reed resigned and left the board.', 'Lena Voss', 'leave')).toBe(false);
  expect(doesTheActIn('Lena Voss hopes the board will meet and sign it.', 'Lena Voss', 'sign')).toBe(false);
  expect(doesTheActIn('Lena Voss met the board and the trustees signed it.', 'Lena Voss', 'sign')).toBe(false);
});
