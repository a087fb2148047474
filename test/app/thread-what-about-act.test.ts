import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 42 (issue 12): "what about the trustees?" after "why will the pools close on Sundays?" was asked as "why will
// the trustees close on Sundays?" though the article never has the trustees closing anything: a question it cannot
// answer, read from the new subject swapped in literally. The last question is asked of the new subject only when the
// article has it doing that act; otherwise the reply gives what the article says about it, said as such. Invented
// copy: pools and gyms that close (the act), trustees who only approve, lifeguards named only in the headline.
const POOLS = `Lifeguards protest as Dunmore pools close on Sundays

Dunmore's three public pools will close on Sundays from April, the leisure trust said on Friday.

The town's two gyms will also close on Sundays, the trust said.

The trustees approved the savings plan at a meeting last week.

The trust's director, Ivo Blake, said the cuts would save about £300,000 a year.
`;

const consoleSays = useConsoleStory({ copy: POOLS, brief: '/brief dunmore pools' });

test('a subject the article never has doing the act: what the article says about it, said as such', async () => {
  const [, , trustees] = await consoleSays(['why will the pools close on Sundays?', 'what about the trustees?']);
  expect(trustees).not.toMatch(/why will the trustees close/);
  expect(trustees).toMatch(
    /Taking “what about the trustees\?” as what the article says about the trustees: it doesn't have the trustees doing what the last question asked \(“why will the pools close on Sundays\?”\)\./,
  );
  expect(trustees).toMatch(/The trustees approved the savings plan at a meeting last week\. \(paragraph 3\)/);
});

test('named only in the headline, or not at all: said so, not answered from another subject', async () => {
  const [, , lifeguards, , council] = await consoleSays([
    'why will the pools close on Sundays?',
    'what about the lifeguards?',
    'why will the pools close on Sundays?',
    'what about the council?',
  ]);
  expect(lifeguards).toMatch(/Only the headline names the lifeguards: “Lifeguards protest as Dunmore pools close/);
  expect(council).toMatch(/The article doesn't mention the council\./);
});

test('control: a subject the article has doing the act is still asked the last question', async () => {
  const [, , gyms] = await consoleSays(['why will the pools close on Sundays?', 'what about the gyms?']);
  expect(gyms).toMatch(
    /Taking “what about the gyms\?” as “why will the gyms close on Sundays\?”, after the last question\./,
  );
  expect(gyms).toMatch(/two gyms will also close on Sundays/);
});

// Session 43: the act check read "said" as a word of its own, so "what about Blake?" after "what did the trust say?"
// gave the says-about reply though Blake says something; irregular pasts are read by WordNet's lemma.
test('an irregular past does the asked act: "said" is "say"', async () => {
  const copy = `${POOLS}\nBlake said the pools lose money on Sundays.\n`;
  const [, , blake] = await consoleSays(['what did the trust say?', 'what about Blake?'], { copy });
  expect(blake).toMatch(/Taking “what about Blake\?” as “what did Blake say\?”, after the last question\./);
  expect(blake).not.toMatch(/doesn't have Blake doing/);
});

test('a subject set off by commas before its verb does the act: "The trust\'s director, Ivo Blake, said"', async () => {
  const [, , blake] = await consoleSays(['what did the trust say?', 'what about Blake?']);
  expect(blake).toMatch(/Taking “what about Blake\?” as “what did Blake say\?”, after the last question\./);
  expect(blake).toMatch(/Ivo Blake, said the cuts would save about £300,000 a year/);
});
