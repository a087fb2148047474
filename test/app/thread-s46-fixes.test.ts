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

// (2) "and why?" asked of a doer kept only sentences naming her doing the act, so her reason given under her role
// ("The director said …", which the analysis credits to her) was dropped and the reply said the article doesn't say
// (B-r46-3). (3) A sentence with the doer doing the act but no reason was cited for "why?" (B-r46-8).
const FERRY = `Winter ferry timetable cut

Nadia Brook, the ferry company's director, suspended the winter timetable on Friday.

The director said the decision could not be avoided because fuel costs had doubled.

Leo Varga, who runs the island shop, said trade would suffer.
`;
const FERRY_BRIEF = '/brief winter ferry';

test('"and why?" keeps the reason the analysis credits to the doer under her role', async () => {
  const [, , why] = await consoleSays(['who suspended the winter timetable?', 'and why?'], {
    copy: FERRY,
    brief: FERRY_BRIEF,
  });
  expect(why).toMatch(/as “why did Nadia Brook suspend the winter timetable\?”/);
  expect(why).toMatch(/because fuel costs had doubled/);
  expect(why).not.toMatch(/doesn't say/);
});

test('control: "and when?" asked of the same doer cites her own sentence', async () => {
  const [, , when] = await consoleSays(['who suspended the winter timetable?', 'and when?'], {
    copy: FERRY,
    brief: FERRY_BRIEF,
  });
  expect(when).toMatch(/suspended the winter timetable on Friday/);
});

test('"why?" asked of a doer whose sentence gives no reason says the article does not say why', async () => {
  const [, , why] = await consoleSays(['who runs the island shop?', 'why?'], { copy: FERRY, brief: FERRY_BRIEF });
  expect(why).toMatch(/The article doesn't say why Leo Varga runs the island shop\./);
  expect(why).not.toMatch(/said trade would suffer/);
});

test('control: "why?" asked of a doer whose sentence gives a reason cites it', async () => {
  const copy = FERRY.replace('who runs the island shop,', 'who runs the island shop because his father retired,');
  const [, , why] = await consoleSays(['who runs the island shop?', 'why?'], { copy, brief: FERRY_BRIEF });
  expect(why).toMatch(/because his father retired/);
});

test("a reason credited to no one else is not denied when none of the doer's sentences gives it", async () => {
  const copy = FERRY.replace(
    'The director said the decision could not be avoided because fuel costs had doubled.',
    'The winter crossings had lost money because fuel costs had doubled.',
  );
  const [, , why] = await consoleSays(['who suspended the winter timetable?', 'and why?'], {
    copy,
    brief: FERRY_BRIEF,
  });
  expect(why).not.toMatch(/doesn't say/);
  expect(why).toMatch(/because fuel costs had doubled/);
});
