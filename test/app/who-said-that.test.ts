import { afterEach, expect, test } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion } from '../../commands/index';
import { whoSaidThat } from '../../commands/who-said-that';
import type { Analysis } from '../../src/core/analysis-types';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { consoleSession } from '../support/console-session';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

/** What the console prints for these lines, typed one after another into one session. */
async function consoleSays(lines: string[]): Promise<string[]> {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  return consoleSession(t.app, lines);
}

test('"who said that?" in a thread names the speaker of the quote the last answer cited; before any, the key quotes', async () => {
  const [, first, , after, again, , third] = await consoleSays([
    '/brief flynn',
    'who said that?',
    'what did Spicer say Trump believes?',
    'who said that?',
    'who said it?',
    'what did Spicer respond to the reporter?',
    'who said that?',
  ]);
  // No answer yet in the thread: the story's key quotes, as before.
  expect(first).toMatch(/Key quotes/);
  expect(after).toMatch(
    /^\s*Spicer said it: “He \[Trump\] believes that Mike Flynn should go testify\.” \(paragraph 4\)/,
  );
  expect(after).not.toMatch(/Key quotes|Nope/);
  // Asked again, it still means the same answer's sentences.
  expect(again).toBe(after);
  expect(third).toMatch(/A reporter said it: “the White House is concerned[\s\S]*Spicer said it: “Nope\.”/);
});

test('an unattributed quote in the cited sentence is said to be unattributed; a sentence quoting no one names no speaker', () => {
  const analysis: Analysis = {
    title: 'Ferry',
    sentences: [
      { id: 0, text: '“We will not sign,” a statement read.', start: 0, end: 38, paragraph: 0 },
      { id: 1, text: 'The vote was delayed.', start: 39, end: 60, paragraph: 1 },
    ],
    summary: [],
    quotes: [{ text: 'We will not sign,', speaker: null, sentenceId: 0, key: true }],
    statements: [],
    questions: [],
    entities: [],
  };
  const [sign, vote] = analysis.sentences.map(({ id, text }) => ({ id, text }));
  const reply = whoSaidThat('Who said that?', analysis, [sign!]);
  expect(renderConsoleReply(reply!)).toBe("The article doesn't name who said it: “We will not sign.” (paragraph 1)");
  expect(renderConsoleReply(whoSaidThat('who said so?', analysis, [vote!])!)).toBe(
    'No speaker is named for this; the article reports it: The vote was delayed. (paragraph 2)',
  );
  expect(whoSaidThat('who said that?', analysis, [])).toBeUndefined();
  expect(whoSaidThat('who said the vote was delayed?', analysis, [sign!])).toBeUndefined();
});

test('"who said that?" after the story was re-stored with new text names no speaker of another sentence: the key quotes', async () => {
  t = await makeTestApp();
  const ctx: CommandContext = { channelId: 'console:c', userId: 'console:u', app: t.app };
  const url = 'https://example.test/ferry-vote';
  const first = 'Ferry vote delayed\n\n“We will not sign,” said Mayor Ann Lee.\n\nThe council met on Monday.';
  const { id } = (await t.store.articles.add({ source: 'web', url, title: 'Ferry vote', text: first })).article;
  await t.app.conversations.linkThread('console:thread', id);
  const answered = await t.app.answerAbout(id, 'what did Lee say?');
  const cited = answered!.analysis.sentences.filter((s) => s.text.includes('We will not sign'));
  await t.app.conversations.rememberCited('console:thread', cited);
  const ask = async () => renderConsoleReply(await answerThreadQuestion(id, 'who said that?', ctx, 'console:thread'));
  expect(await ask()).toMatch(/^Ann Lee said it: “We will not sign\.”/);
  // Same address, new copy: sentence 0 is now another person's quote.
  const second =
    'Ferry vote delayed\n\n“We will sign next week,” said Tom Hart, the ferry operator.\n\nThe council met on Monday.';
  expect((await t.store.articles.add({ source: 'web', url, title: 'Ferry vote', text: second })).outcome).toBe(
    'updated',
  );
  const after = await ask();
  expect(after).not.toMatch(/Tom Hart said it|Ann Lee said it/);
  expect(after).toMatch(/Key quotes/);
});
