import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 45 (issue 12; review s44 B-r44-9 and session 44's closing note): invented copy about a marina lease.
// (1) "and why?" after a who-question was answered with another person's reason first ("… because …"): only sentences
// with the doer doing the act answer it. (2) A question asked again got the same answer again as if new. (3) "what
// about her?" after "what did they say?" (never resolved) checked an act against the unread "they". (4) The reporting
// verbs were matched by a cut key: "note" became "not", so "did not" read as speech. Each has a near control.
const MARINA = `Marina lease signed after long dispute

Anna Berg and Carl Moss signed the marina lease on Tuesday because the old one had run out.

Councillor Ivo Lund refused to sign the lease until the harbour survey was published.

"We cannot hand over the quay without knowing what is under it," said Councillor Vera Stahl, who leads the harbour group.

The boat owners did not pay the new mooring fees.

The rowing club warned that the fees would close it.
`;

const consoleSays = useConsoleStory({ copy: MARINA, brief: '/brief marina lease' });

test('"and why?" after "who refused …?" is not answered with another person\'s reason', async () => {
  const [, , why] = await consoleSays(['who refused to sign the lease?', 'and why?']);
  expect(why).toMatch(/as “why did Ivo Lund refuse to sign the lease\?”/);
  expect(why).not.toMatch(/because the old one had run out/);
  expect(why).toMatch(/refused to sign the lease until the harbour survey was published/);
});

test('control: "and why?" asked of a doer whose own sentence gives the reason keeps it', async () => {
  const [, , why] = await consoleSays(['who signed the marina lease on Tuesday?', 'and why?']);
  expect(why).toMatch(/because the old one had run out/);
});

test('a question asked again is said to be answered above, not answered as if new', async () => {
  const [, , first, again] = await consoleSays(['who refused to sign the lease?', 'and why?', 'why?']);
  expect(first).toMatch(/until the harbour survey was published/);
  expect(again).toMatch(/Already asked above \(as “why did Ivo Lund refuse to sign the lease\?”\)/);
  expect(again).not.toMatch(/until the harbour survey was published/);
});

test('control: a new question after the same answer is answered', async () => {
  const [, , , when] = await consoleSays([
    'who refused to sign the lease?',
    'and why?',
    'who warned that the fees would close it?',
  ]);
  expect(when).toMatch(/The rowing club warned/);
  expect(when).not.toMatch(/Already asked/);
});

test('"what about her?" after an unresolved "what did they say?" asks it of her, who speaks', async () => {
  const [, , , about] = await consoleSays(['who leads the harbour group?', 'what did they say?', 'what about her?']);
  expect(about).not.toMatch(/doesn't have Vera Stahl doing/);
  expect(about).toMatch(/as “what did Vera Stahl say\?”/);
});

test('control: "what about X?" after a resolved question still says when the article has X not doing it', async () => {
  const [, , about] = await consoleSays(['why did Ivo Lund refuse to sign the lease?', 'what about the rowing club?']);
  expect(about).toMatch(/doesn't have the rowing club doing what the last question asked/);
});

test('"did not" is no verb of saying: a group that only did not pay says nothing', async () => {
  const [, , said] = await consoleSays(['who did not pay the new mooring fees?', 'what did they say?']);
  expect(said).toMatch(/The article doesn't say what (?:the boat )?owners said\./);
});

test('control: a group that warned speaks', async () => {
  const [, , said] = await consoleSays(['who warned that the fees would close it?', 'what did they say?']);
  expect(said).not.toMatch(/doesn't say what/);
});
