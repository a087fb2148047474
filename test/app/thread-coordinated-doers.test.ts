import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 46 (thread45's leftover): "Ruth Hale and Omar Reddy signed the contract" had only Reddy doing it, since the
// act check stopped at "and" (and the engine read no person in "Ruth Hale" opening the sentence): "and when?" was asked
// of Reddy alone and "they" was no one. A coordinated subject is all its doers. Invented copy: a quarry lease.
const QUARRY = `Quarry lease renewed for ten years

Nina Ferrand and Joel Ashby renewed the Tarn Hill quarry lease on Friday at the parish office.

Councillor Lena Voss said the quarry would have to cut its dust.

Pia Morrow signed the lease after Karl Eske and Dora Lind had read it.
`;

const consoleSays = useConsoleStory({ copy: QUARRY, brief: '/brief quarry lease' });

test('"and when?" after a coordinated subject is asked of both doers', async () => {
  const [, , when] = await consoleSays(['who renewed the quarry lease?', 'and when?']);
  expect(when).toMatch(/as “when did Nina Ferrand and Joel Ashby renew the quarry lease\?”/);
  expect(when).toMatch(/on Friday at the parish office/);
});

test('"they" after an answer whose subject is two people joined by "and" is both', async () => {
  const [, , they] = await consoleSays(['who renewed the quarry lease?', 'where did they renew it?']);
  expect(they).toMatch(/Taking “they” as Nina Ferrand and Joel Ashby/);
});

test('control: names coordinated after another verb are not the doer', async () => {
  const [, , when] = await consoleSays(['who signed the lease?', 'and why?']);
  expect(when).toMatch(/as “why did Pia Morrow sign the lease\?”/);
});
