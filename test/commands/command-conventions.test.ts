import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

const SAMPLES = ['harbour-ferry-contract', 'library-sunday-hours', 'riverside-waiting-lists'].map((n) =>
  join(import.meta.dirname, '../../samples', `${n}.txt`),
);

let t: TestApp;
let ctx: CommandContext;
const say = async (text: string, c: CommandContext = ctx) => {
  const reply = await runBriefCommand(text, c);
  return { reply, text: renderConsoleReply(reply) };
};

beforeEach(async () => {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE, ...SAMPLES] });
  ctx = { channelId: 'slack:CNEWS', userId: 'slack:U1', app: t.app };
});
afterEach(() => t.close());

describe('typos and unknown words', () => {
  it('names a mistyped subcommand instead of briefing a story about it', async () => {
    const { reply, text } = await say('folow ferry');
    expect(reply.kind).toBe('error');
    expect(text).toContain("Unknown subcommand 'folow' — did you mean follow?");
    expect(await t.store.schedules.list()).toEqual([]);
    expect((await say('sheduls')).text).toContain('did you mean schedules?');
  });

  it('still briefs a story when the word is in a stored story, however close to a subcommand', async () => {
    // "fed" is one letter from "feed", but a word of the news.
    await t.app.ingest({
      source: 'wire',
      title: 'Fed holds rates steady',
      text: 'Fed holds rates steady\n\nThe Fed left interest rates unchanged on Wednesday, the central bank said.',
    });
    const { reply } = await say('fed rates');
    expect(reply.kind).toBe('brief');
    expect(reply.title).toBe('Fed holds rates steady');
  });

  it('refuses trailing words after a complete command instead of dropping them', async () => {
    const { reply, text } = await say('follow ferry 09:00 Europe/London extra');
    expect(reply.kind).toBe('error');
    expect(text).toContain('"extra"');
    expect(await t.store.schedules.list()).toEqual([]);
    expect((await say('schedules now')).reply.kind).toBe('error');
    expect((await say('digest off please')).reply.kind).toBe('error');
    expect((await say('list everything')).reply.kind).toBe('error');
    expect((await say('feed list all')).reply.kind).toBe('error');
  });
});

describe('/brief list and ids', () => {
  it('lists recent stories, newest first, each with the #id that briefs it', async () => {
    const { reply, text } = await say('list');
    expect(reply.visibility).toBe('ephemeral');
    const lines = text.split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/Riverside hospital .*\(\/brief #4\)$/);
    expect(lines.at(-1)).toMatch(/Flynn.*\(\/brief #1\)$/);
  });

  it('gives schedules s-ids so a bare number cannot stop the wrong follow-up', async () => {
    await say('follow ferry');
    await say('follow flynn');
    const listed = (await say('schedules')).text;
    expect(listed).toMatch(/s1 follow “ferry” \(#2\)/);
    expect(listed).toMatch(/s2 follow “flynn” \(#1\)/);

    const ambiguous = await say('unfollow 1');
    expect(ambiguous.reply.kind).toBe('error');
    expect(ambiguous.text).toMatch(/could be schedule s1 or story #1/);
    expect(await t.store.schedules.list()).toHaveLength(2);

    expect((await say('unfollow s1 s2')).text).toBe('One at a time, e.g. /brief unfollow s1.');
    expect((await say('unfollow #1.')).text).toMatch(/Stopped s2: follow “flynn”/);
    expect((await say('unfollow s1')).text).toMatch(/Stopped s1: follow “ferry”/);
    expect(await t.store.schedules.list()).toEqual([]);
  });
});

describe('resolve', () => {
  it('picks the story by id or title words only, names it, and the brief then marks the question', async () => {
    // "Kelner" is in the Flynn story's body, not its title: not enough to change it.
    const byBody = await say('resolve kelner 1');
    expect(byBody.reply.kind).toBe('error');
    expect(byBody.text).toContain('No stored story has “kelner” in its title');
    expect(await t.store.schedules.resolvedQuestions(1)).toEqual([]);
    // An id nothing has is answered as `/brief #99` is, in resolve and in follow alike.
    for (const line of ['resolve #99 1', 'resolve 99 1', 'follow #99', 'follow 99 09:00']) {
      const missing = await say(line);
      expect(missing.reply.kind).toBe('error');
      expect(missing.text).toBe('There is no story #99.\n\nSee every stored story and its id with /brief list.');
    }

    expect((await say('resolve #1 2 3')).text).toBe('One question at a time, e.g. /brief resolve #1 3.');
    expect(await t.store.schedules.resolvedQuestions(1)).toEqual([]);

    const done = await say('resolve immunity flynn 2');
    expect(done.text).toMatch(/Resolved: question 2 of “US Senate Intel Committee Rejects Flynn.*” \(#1\)/);
    expect((await say('resolve #1 2')).text).toMatch(/Already resolved: question 2 of .*\(#1\)/);

    // No number: the story's open questions, each with the command that resolves it.
    const which = await say('resolve immunity flynn');
    expect(which.text).toMatch(
      /^Which question\? Open questions of “US Senate Intel Committee Rejects Flynn.*” \(#1\)/,
    );
    expect(which.text).toContain('/brief resolve #1 1');
    expect(which.text).toMatch(/\n2\. [^\n]*\(resolved\)\n/);
    expect(which.text).not.toContain('/brief resolve #1 2');
    expect((await say('resolve kelner')).text).toContain('No stored story has “kelner” in its title');
    // The id with the number forgotten, as a list shows it: the same numbered list.
    expect((await say('resolve #1')).text).toContain('/brief resolve #1 1');

    const brief = await say('#1');
    const open = brief.reply.sections.find((s) => s.heading === 'Open questions')!;
    expect(open.items[1]!.note).toMatch(/resolved$/);
    expect(open.items[0]!.note).not.toMatch(/resolved/);
  });

  it('quotes a question that carries its own quotation marks once, not twice', async () => {
    const ferry = (await t.store.articles.search('ferry contract'))[0]!;
    const brief = await say(`#${ferry.id}`);
    const items = brief.reply.sections.find((s) => s.heading === 'Open questions')!.items;
    const n = items.findIndex((q) => q.text.startsWith('Not known: “')) + 1;
    expect(n).toBeGreaterThan(0);
    const done = await say(`resolve #${ferry.id} ${n}`);
    expect(done.text).toContain(`(#${ferry.id}) — ${items[n - 1]!.text} Briefs mark it resolved`);
    expect(done.text).not.toMatch(/““|””|”\./);
    // A plain question is quoted, with no full stop after its own "?".
    const plain = items.findIndex((q) => !/["“”]/.test(q.text)) + 1;
    const other = await say(`resolve #${ferry.id} ${plain}`);
    expect(other.text).toContain(`— “${items[plain - 1]!.text}” Briefs mark it resolved`);
  });
});

describe('who may change what a channel shares', () => {
  it('refuses follow, unfollow, digest, feed add/remove and resolve to members who may not; reading stays open', async () => {
    let asked = 0;
    const reader: CommandContext = {
      ...ctx,
      mayChangeChannel: async () => {
        asked += 1;
        return false;
      },
    };
    for (const command of [
      'follow ferry',
      'unfollow s1',
      'digest 09:00',
      'feed add https://example.com/rss.xml',
      'feed remove 1',
      'resolve #1 1',
    ]) {
      const { reply, text } = await say(command, reader);
      expect(reply.kind, command).toBe('error');
      expect(text, command).toMatch(/Only members who can manage this channel/);
    }
    expect(await t.store.schedules.list()).toEqual([]);
    expect(await t.store.feeds.listForChannel(ctx.channelId)).toEqual([]);
    expect(await t.store.schedules.resolvedQuestions(1)).toEqual([]);
    // Briefs, lists and feed lists are for everyone, and do not even ask.
    const before = asked;
    expect((await say('ferry', reader)).reply.kind).toBe('brief');
    expect((await say('schedules', reader)).reply.kind).toBe('list');
    expect((await say('feed list', reader)).reply.kind).toBe('notice');
    expect(asked).toBe(before);
    // The same command by a manager goes through.
    expect((await say('follow ferry', { ...ctx, mayChangeChannel: async () => true })).reply.kind).toBe('notice');
  });
});
