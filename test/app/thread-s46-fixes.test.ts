import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 46 (issue 12; review s46): "and why?" after a who-question, on invented copy about a lorry and a rail bridge.
// (1) A passive who-question ("who was detained?") asks after the passive's subject: the rule that a passive's subject
// never does the act (B-r45-4) had made it unaskable (B-r46-2). Each has a near control.
const BRIDGE = `Lorry driver held after bridge crash

Piotr Nowak was detained on Saturday after a crash at the Kelso rail bridge, police said.

He was detained because he had driven on after the crash without stopping, officers said.

Councillor Maya Holt closed the bridge on Sunday because engineers feared the deck had cracked.
`;

const consoleSays = useConsoleStory({ copy: BRIDGE, brief: '/brief lorry driver' });

test('"and why?" after a passive who-question is asked of the passive\'s subject', async () => {
  const [, , why, when] = await consoleSays(['who was detained?', 'and why?', 'and when?']);
  expect(why).toMatch(/as “why was Piotr Nowak detained\?”/);
  expect(why).toMatch(/because he had driven on after the crash/);
  expect(when).toMatch(/as “when was Piotr Nowak detained\?”/);
});

test('control: "and why?" after an active who-question is asked of the active subject', async () => {
  const [, , why] = await consoleSays(['who closed the bridge?', 'and why?']);
  expect(why).toMatch(/as “why did (?:Councillor )?Maya Holt close the bridge\?”/);
  expect(why).toMatch(/because engineers feared the deck had cracked/);
});
