import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp, type TestApp } from '../support/make-test-app';

// ux32: "what's new?", "anything new?" and a bare "summary?" in a brief's thread were told "The article doesn't say."
let t: TestApp;
let ctx: CommandContext;
beforeEach(async () => {
  t = await makeTestApp({ articles: ['samples/harbour-ferry-contract.txt'] });
  ctx = { channelId: 'console:new', userId: 'console:reader', app: t.app };
}, 20_000);
afterEach(() => t.close());

const shown = async (question: string) => {
  const id = (await t.app.findStory('ferry'))!.id;
  return renderConsoleReply(await answerThreadQuestion(id, question, ctx));
};

it('answers "what\'s new?" with what the bot holds: the article as stored, and its summary', async () => {
  for (const question of ["what's new?", 'anything new?', 'any updates?', 'what is the latest?']) {
    const text = await shown(question);
    expect(text, question).toMatch(/^Nothing newer than the article as stored \(added \d{4}-\d\d-\d\d\)/);
    expect(text, question).toContain('Summary');
    expect(text, question).not.toContain("doesn't say");
  }
});

it('answers a bare "summary?" or "key points?" with the summary', async () => {
  for (const question of ['summary?', 'key points?', 'the gist?']) {
    const text = await shown(question);
    expect(text, question).toMatch(/^Summary/);
    expect(text, question).not.toContain('Nothing newer');
  }
});

it("controls (same on main): a question about a new thing in the story is the engine's", async () => {
  for (const question of ['when is the new vote?', 'what happened?']) {
    const text = await shown(question);
    expect(text, question).not.toContain('Nothing newer');
  }
  expect(await shown('what happened?')).toMatch(/^Summary/);
});
