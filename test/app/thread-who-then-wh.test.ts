import { expect, test } from 'vitest';
import { pluralPeople } from '../../commands/plural-people';
import { useConsoleStory } from '../support/console-story';

// Session 44 (issue 12): "and when?" after a who-question was asked again only when the question had an object and its
// answer named one person doing the act: "who decided?" (no object) and "The committee, which Ivo Dane chairs,
// decided …" (a body doing it, a person named beside it) were refused. The act's doer in the answer takes the place of
// "who": the one named person doing it, else the one body, group or noun phrase doing it. "and how much?" asks an
// argument, not an adjunct, and stays refused. Invented copy: a ferry committee's cuts and a councillor's resignation.
const CUTS = `Harwick ferry winter sailings cut

The transport committee, which Ivo Dane chairs, decided the cuts in private last month.

Councillor Ruth Hale resigned on Monday in protest at the cuts.

Harwick residents said the island would be cut off for three months.
`;

const consoleSays = useConsoleStory({ copy: CUTS, brief: '/brief harwick ferry' });

test('"and when?" after "who decided …?" whose answer has a body doing it: asked of the body', async () => {
  const [, , when] = await consoleSays(['who decided the cuts?', 'and when?']);
  expect(when).toMatch(
    /Taking “and when\?” as “when did the transport committee decide the cuts\?”, after the last question\./,
  );
  expect(when).toMatch(/decided the cuts in private last month/);
});

test('"and why?" after a who-question with no object ("who resigned?"): asked of the one who did it', async () => {
  const [, , why] = await consoleSays(['who resigned?', 'and why?']);
  expect(why).toMatch(/Taking “and why\?” as “why did Ruth Hale resign\?”, after the last question\./);
  expect(why).toMatch(/in protest at the cuts/);
});

test('control: "and how much?" after a who-question is still refused', async () => {
  const [, , much] = await consoleSays(['who decided the cuts?', 'and how much?']);
  expect(much).toMatch(/I couldn't tell what “and how much\?” asks after/);
});

test('a name\'s "-s" verb is no group ("Dane chairs"); a place before a plural and its verb is ("Harwick residents said")', () => {
  expect([...pluralPeople('The transport committee, which Ivo Dane chairs, decided the cuts.').keys()]).toEqual([]);
  expect([...pluralPeople('Harwick residents said the island would be cut off.').keys()]).toEqual(['resident']);
});
