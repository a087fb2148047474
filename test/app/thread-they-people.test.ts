import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 42 (issue 12): a thread's "they" read only an organisation the last answer named, so after an answer about
// "the families" or "residents" it said it could not tell whom "they" meant. A plural group of people (a role head's
// plural, or a plural WordNet files under person or household) is now read too, when it is the only group or body the
// last answer names. Invented copy: families moved out, residents and a body in one sentence, the body alone.
const ESTATE = `Families moved out of damp flats in Dunmore

The families were moved out of the flats on Tuesday after damp was found in the walls.

The families will return to the flats in the summer, once the repairs are done.

Residents said the Kestrel Housing Trust had ignored their complaints for two years.

The tenants will be paid for the move.

The Kestrel Housing Trust said the repairs would cost £2m.
`;

const consoleSays = useConsoleStory({ copy: ESTATE, brief: '/brief damp flats' });

test('"they" after an answer naming one plural group of people is that group', async () => {
  const [, , back] = await consoleSays(['when were the families moved out?', 'when will they return?']);
  expect(back).toMatch(
    /Taking “they” as the families, which the last answer named \(asked as “when will the families return\?”\)\./,
  );
  expect(back).toMatch(/in the summer/);
});

test('a group and a body in the last answer are not guessed between (main took the body)', async () => {
  const [, , who] = await consoleSays(['what did residents say?', 'what did they ignore?']);
  expect(who).toMatch(/I couldn't tell whom “they” means: the last answer named Kestrel Housing Trust and residents\./);
});

test('control (same on main): "they" after an answer naming one body and no people is that body', async () => {
  const [, , cost] = await consoleSays(['what will the repairs cost?', 'what did they say?']);
  expect(cost).toMatch(/Taking “they” as the Kestrel Housing Trust, which the last answer named/);
});
