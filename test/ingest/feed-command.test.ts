import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommandContext, runBriefCommand } from '../../commands/index';
import type { Reply } from '../../src/app/reply';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp;
let ctx: CommandContext;
beforeEach(async () => {
  t = await makeTestApp();
  ctx = { channelId: 'console:news', userId: 'console:me', app: t.app };
});
afterEach(() => t.close());

const text = (reply: Reply) =>
  reply.sections.flatMap((s) => s.items.map((i) => [i.text, i.note].filter(Boolean).join(' — '))).join('\n');

describe('/brief feed', () => {
  it('adds, lists and removes feeds per channel', async () => {
    const added = await runBriefCommand('feed add <https://news.example/rss.xml?utm_source=x|Gazette>', ctx);
    expect(added.kind).toBe('notice');
    expect(text(added)).toContain('Following https://news.example/rss.xml in this channel');
    expect(text(await runBriefCommand('feed add https://news.example/rss.xml', ctx))).toContain('already follows');
    await runBriefCommand('feed add https://other.example/atom.xml', ctx);

    const list = await runBriefCommand('feed list', ctx);
    expect(list.kind).toBe('list');
    const [first, second] = await t.store.feeds.listForChannel(ctx.channelId);
    expect(text(list)).toBe(
      `${first!.id}: https://news.example/rss.xml — not checked yet\n${second!.id}: https://other.example/atom.xml — not checked yet`,
    );
    const elsewhere = { ...ctx, channelId: 'console:sport' };
    expect(text(await runBriefCommand('feed list', elsewhere))).toContain('follows no feeds');

    const feed = (await t.store.feeds.listForChannel(ctx.channelId))[0]!;
    await t.store.feeds.recordPollFailure(feed.id, {
      error: 'news.example answered HTTP 503.',
      at: '2026-03-15T08:00:00.000Z',
      nextPollAt: '2026-03-15T08:30:00.000Z',
    });
    expect(text(await runBriefCommand('feed list', ctx))).toContain(
      'failing (1×): news.example answered HTTP 503. · next try 2026-03-15 08:30 UTC',
    );

    // A number from that list keeps naming its feed after another is removed (not a list position).
    expect(text(await runBriefCommand(`feed remove ${first!.id}`, ctx))).toContain(
      'Stopped following https://news.example/rss.xml',
    );
    expect((await runBriefCommand(`feed remove ${first!.id}`, ctx)).kind).toBe('error');
    expect(text(await runBriefCommand(`feed remove ${second!.id}`, ctx))).toContain(
      'Stopped following https://other.example/atom.xml',
    );
    expect(await t.store.feeds.listForChannel(ctx.channelId)).toEqual([]);
    expect((await runBriefCommand('feed remove 3', ctx)).kind).toBe('error');
  });

  it('rejects what is not an http(s) feed address', async () => {
    for (const bad of [
      'feed add',
      'feed add file:///etc/passwd',
      'feed add javascript:alert(1)',
      'feed add https://user:pw@news.example/rss',
    ]) {
      expect((await runBriefCommand(bad, ctx)).kind, bad).toBe('error');
    }
    expect(renderConsoleReply(await runBriefCommand('feed add notaurl', ctx))).toBe(
      "That is not a link: give the feed's whole http(s) address, e.g. https://example.com/rss.xml.",
    );
    // Remove without saying which asks which, instead of 'No followed feed matches “”'.
    expect(renderConsoleReply(await runBriefCommand('feed remove', ctx))).toBe(
      'Which feed? Give its number from /brief feed list, or its link.',
    );
    expect((await runBriefCommand('feed frobnicate', ctx)).kind).toBe('error');
    expect(await t.store.feeds.listForChannel(ctx.channelId)).toEqual([]);
  });
});
