import { expect, test } from 'vitest';
import { addressedOutsideBrief } from '../../src/chat/addressed-outside-brief';

test('outside a brief, words addressed to the bot are a search, a question, a greeting, or nothing asked', () => {
  const read = (texts: string[]) => texts.map((t) => addressedOutsideBrief(t));
  // Searches and commands, including one or two words marked as a question.
  expect(read(['', 'flynn', 'flynn?', 'ferry contract?', 'list 2', 'help', '#12', 'follow ferry 09:00'])).toEqual(
    Array(8).fill('command'),
  );
  // Questions: a question word, an auxiliary and a subject, or a longer line ending in "?".
  expect(read(['who paid?', 'who paid', 'did the trust pay?', 'hi, who paid?', 'the council paid for it?'])).toEqual(
    Array(5).fill('question'),
  );
  // Questions about the bot itself run as a command: they get the help, not "Which story?".
  expect(read(['what can you do?', 'how do I use you?', 'hi, what can you do?', 'can you help?'])).toEqual(
    Array(4).fill('command'),
  );
  expect(read(['hello', 'hi all', 'good morning!'])).toEqual(['greeting', 'greeting', 'greeting']);
  expect(read(['thanks!', 'ok', 'cheers mate', 'great work team'])).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});
