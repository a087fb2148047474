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

// Session 44: "they" read a plural only when its singular was a role head or a counted kind, so "tenants" and
// "shoppers" were no one. A plural whose singular's commonest WordNet sense is a kind of person (noun.person) is a group
// of people now; one whose singular is a thing ("figures") is not. A group the engine credits with reported speech
// ("Tenants of … said they …") speaks. Invented copy: a market closing for repairs.
const MARKET = `Dunmore market to close for roof repairs

The covered market in Dunmore will close for six weeks from March while its roof is repaired.

Shoppers from the villages use the market on Saturdays, its manager said.

Tenants of the market's twelve stalls said they had not been told when it would reopen.

Figures published on Monday show the market lost £40,000 last year.
`;

test('"they" after an answer naming a plural of WordNet\'s person nouns ("shoppers") is that group', async () => {
  const [, , when] = await consoleSays(['who uses the market on Saturdays?', 'when do they use it?'], {
    copy: MARKET,
    brief: '/brief dunmore market',
  });
  expect(when).toMatch(
    /Taking “they” as shoppers, which the last answer named \(asked as “when do shoppers use it\?”\)\./,
  );
});

test('a group the article reports speaking ("Tenants of … said") is answered with what it said', async () => {
  const [, , said] = await consoleSays(['who had not been told when it would reopen?', 'what did they say?'], {
    copy: MARKET,
    brief: '/brief dunmore market',
  });
  // Session 46: the head with its complement, as the copy names the group.
  expect(said).toMatch(/Taking “they” as tenants of the market's twelve stalls, which the last answer named/);
  expect(said).not.toMatch(/doesn't say/);
  expect(said).toMatch(/Tenants of the market's twelve stalls said they had not been told/);
});

test('control: a plural whose singular is a thing ("figures") is no group of people', async () => {
  const [, , show] = await consoleSays(['how much did the market lose last year?', 'what did they show?'], {
    copy: MARKET,
    brief: '/brief dunmore market',
  });
  expect(show).toMatch(/I couldn't tell whom “they” means: the last answer named no group or body\./);
});
