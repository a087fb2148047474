import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { answerThreadQuestion } from '../../src/commands/index';
import * as who from '../../src/core/who-is-who';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

vi.mock('../../src/core/who-is-who', async (original) => {
  const actual = await original<typeof import('../../src/core/who-is-who')>();
  return { ...actual, whoIsWho: vi.fn(actual.whoIsWho) };
});

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  vi.mocked(who.whoIsWho).mockClear();
});
afterEach(() => t.close());

test('a question about the whole story makes who is who only when it asks for it, once per story, through the app', async () => {
  const ctx = { channelId: 'console:whole', userId: 'console:reader', app: t.app };
  const id = (await t.app.findStory('flynn'))!.id;
  // Summary and key quotes need no who is who (up to a second of CPU on a long story).
  for (const question of ['what happened?', 'who is quoted?'])
    expect((await answerThreadQuestion(id, question, ctx)).kind, question).toBe('answer');
  expect(who.whoIsWho).not.toHaveBeenCalled();
  // "who is involved?" gets the brief's own who is who, remembered by the app: made once.
  for (let asked = 0; asked < 2; asked++)
    expect(renderConsoleReply(await answerThreadQuestion(id, 'who is involved?', ctx))).toContain(
      'Robert Kelner — Flynn’s attorney',
    );
  expect(who.whoIsWho).toHaveBeenCalledTimes(1);
});
