import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 47, fix47a (audit 48 B-a48-2): an obituary whose key quote is a man's tribute, whose subject no name table
// gives a sex ("She was 76." does), and whose last paragraph is about her brother. A first "when did she die?" cited
// the brother's death; an unread "she" later did the same.
const OBITUARY = `Ines Varga, bell ringer who kept Corrow's tower ringing, dies at 76

Ines Varga, who led the bell ringers of St Brigid's in Corrow for four decades and rang at three coronation services, died on Tuesday at her cottage near the harbour. She was 76.

"Ines could hold a band together through a three-hour peal," said Callum Rees, who rang beside her for 20 years. "Nobody ever saw her tired."

Her brother, Anton Varga, a ferryman, died in 2019. She is survived by two nephews.
`;

const consoleSays = useConsoleStory({ copy: OBITUARY, brief: '/brief bell ringer' });

test('a first "she" no key quote reads is the person the story is about', async () => {
  const [, died] = await consoleSays(['when did she die?']);
  expect(died).toMatch(/Taking “she” as Ines Varga, whom the story is about/);
  expect(died).toMatch(/died on Tuesday at her cottage/);
  expect(died).not.toMatch(/Anton Varga/);
});

test('an unread "she" is not answered with a sentence about a man', async () => {
  const [, , died] = await consoleSays(['who rang beside her?', 'when did she die?']);
  expect(died).toMatch(/couldn't tell whom “she” means/);
  expect(died).not.toMatch(/Anton Varga/);
});

test('controls: the name asked outright, and an unread "he" answered as asked', async () => {
  const [, named, he] = await consoleSays(['when did Ines Varga die?', 'when did he die?']);
  expect(named).toMatch(/died on Tuesday at her cottage/);
  expect(he).toMatch(/Her brother, Anton Varga, a ferryman, died in 2019/);
});
