import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { answerThreadQuestion, runBriefCommand } from '../../commands/index';
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

test('"who is involved?" takes the remembered who is who without a brief\'s lookups, the same list the brief shows', async () => {
  const ctx = { channelId: 'console:whole', userId: 'console:reader', app: t.app };
  const article = (await t.app.findStory('flynn'))!;
  const brief = await t.app.briefStory(`#${article.id}`);
  expect(brief.kind).toBe('found');
  const briefStory = vi.spyOn(t.app, 'briefStory');
  const shown = renderConsoleReply(await answerThreadQuestion(article.id, 'who is involved?', ctx));
  expect(briefStory).not.toHaveBeenCalled();
  expect(await t.app.storyWhoIsWho(article)).toEqual(brief.kind === 'found' ? brief.who : undefined);
  for (const person of brief.kind === 'found' ? brief.who!.people : []) expect(shown).toContain(person.name);
});

test('"/brief resolve <story>" numbers the questions as the brief does, without making who is who', async () => {
  const ctx = { channelId: 'console:whole', userId: 'console:reader', app: t.app };
  const brief = await runBriefCommand('flynn', ctx);
  const numbered = brief.sections.find((s) => s.heading === 'Open questions')!.items.map((i) => i.text);
  expect(numbered.length).toBeGreaterThan(1);
  await runBriefCommand(`resolve flynn 2`, ctx);
  vi.mocked(who.whoIsWho).mockClear();
  const briefStory = vi.spyOn(t.app, 'briefStory');
  const which = await runBriefCommand('resolve flynn', ctx);
  expect(who.whoIsWho).not.toHaveBeenCalled();
  expect(briefStory).not.toHaveBeenCalled();
  const listed = which.sections.find((s) => s.style === 'numbered')!.items;
  expect(listed.map((i) => i.text)).toEqual(numbered);
  expect(listed[1]!.note).toBe('resolved');
  expect(listed[0]!.command).toBeDefined();
});

test('"who is <Name>?" reads the story\'s remembered who is who: asked twice, made once, the same reply', async () => {
  const ctx = { channelId: 'console:whole', userId: 'console:reader', app: t.app };
  const id = (await t.app.findStory('flynn'))!.id;
  const replies: string[] = [];
  for (const question of ['Who is Robert Kelner?', 'Who is Robert Kelner?', 'Who is Kelner?'])
    replies.push(renderConsoleReply(await answerThreadQuestion(id, question, ctx)));
  expect(replies[1]).toBe(replies[0]);
  expect(replies[0]).toContain('Kelner');
  expect(who.whoIsWho).toHaveBeenCalledTimes(1);
});
