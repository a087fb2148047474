import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context';

const T0 = '2024-03-01T10:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** Feeds: one row per URL, subscriptions per channel, poll state, items stored once. */
export function feedCases(ctx: ContractContext) {
  const feeds = () => ctx.store().feeds;
  const MINUTE = 60_000;
  const nowIso = () => ctx.now().toISOString();
  const inMinutes = (minutes: number) => new Date(ctx.now().getTime() + minutes * MINUTE).toISOString();
  const ids = (list: Array<{ id: number }>) => list.map((f) => f.id);
  const due = async () => ids(await feeds().dueForPoll());

  /**
   * Runs `write` and checks a next-poll time it set: SQLite times it from the caller's clock,
   * exactly; PostgreSQL from its own, read just before and just after the write.
   */
  const timed = async <T>(write: () => Promise<T>) => {
    const storeNow = async () => Date.parse((await ctx.store().schedules.databaseNow()) ?? nowIso());
    const before = await storeNow();
    const result = await write();
    const after = await storeNow();
    const expectAt = (iso: string, ms: number) => {
      expect(Date.parse(iso)).toBeGreaterThanOrEqual(before + ms);
      expect(Date.parse(iso)).toBeLessThanOrEqual(after + ms);
    };
    return { result, expectAt };
  };

  it('follows a feed once per channel and lists it with its poll state', async () => {
    const followed = await timed(() =>
      feeds().subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U1' }),
    );
    const first = followed.result;
    expect(first.created).toBe(true);
    expect(first.feed).toEqual({
      id: first.feed.id,
      url: 'https://news.test/rss',
      title: null,
      etag: null,
      lastModified: null,
      lastPolledAt: null,
      lastSuccessAt: null,
      failureCount: 0,
      lastError: null,
      nextPollAt: expect.any(String),
      createdAt: T0,
      channelId: 'C1',
      addedBy: 'U1',
      subscribedAt: T0,
      givenUpItems: 0,
    });
    // Due at once, on the store's clock.
    followed.expectAt(first.feed.nextPollAt, 0);
    const again = await feeds().subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U2' });
    expect(again).toMatchObject({ created: false, feed: { id: first.feed.id, addedBy: 'U1' } });
    const elsewhere = await feeds().subscribe({ url: 'https://news.test/rss', channelId: 'C2', addedBy: 'U3' });
    expect(elsewhere.feed.id).toBe(first.feed.id);
    expect((await feeds().listForChannel('C1')).map((f) => f.url)).toEqual(['https://news.test/rss']);
    expect(await feeds().get(first.feed.id + 99)).toBeUndefined();
    expect(await feeds().unsubscribe('C1', first.feed.id)).toBe(true);
    expect(await feeds().unsubscribe('C1', first.feed.id)).toBe(false);
    expect(await feeds().listForChannel('C1')).toEqual([]);
  });

  it('polls due feeds, records success and failure, and leases them to one poller', async () => {
    const a = (await feeds().subscribe({ url: 'https://a.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
    expect(await due()).toEqual([a.id]);
    await ctx.passTime(MINUTE);
    const b = (await feeds().subscribe({ url: 'https://b.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
    // Most overdue first.
    expect(await due()).toEqual([a.id, b.id]);
    const polledAt = nowIso();
    const success = await timed(() =>
      feeds().recordPollSuccess(a.id, {
        etag: '"v1"',
        lastModified: 'Fri, 01 Mar 2024 09:00:00 GMT',
        title: 'A News',
        at: polledAt,
        nextPollAt: inMinutes(15),
      }),
    );
    const polledA = (await feeds().get(a.id))!;
    expect(polledA).toMatchObject({
      etag: '"v1"',
      lastModified: 'Fri, 01 Mar 2024 09:00:00 GMT',
      title: 'A News',
      lastSuccessAt: polledAt,
      failureCount: 0,
    });
    // "In 15 minutes" from the caller's clock is 15 minutes on the store's.
    success.expectAt(polledA.nextPollAt, 15 * MINUTE);
    await feeds().recordPollFailure(b.id, { error: 'HTTP 503', at: nowIso(), nextPollAt: inMinutes(30) });
    await ctx.passTime(31 * MINUTE);
    const failure = await timed(() =>
      feeds().recordPollFailure(b.id, { error: 'HTTP 503', at: nowIso(), nextPollAt: inMinutes(60) }),
    );
    const failedB = (await feeds().get(b.id))!;
    expect(failedB).toMatchObject({ failureCount: 2, lastError: 'HTTP 503', lastSuccessAt: null });
    failure.expectAt(failedB.nextPollAt, 60 * MINUTE);
    // a's 15 minutes have passed, b's 60 have not.
    expect(await due()).toEqual([a.id]);

    await ctx.passTime(61 * MINUTE);
    const leased = await feeds().leaseDueForPoll(5 * MINUTE);
    // Most overdue first; what is returned is the feed as it was due, before the lease.
    expect(ids(leased)).toEqual([a.id, b.id]);
    expect(leased.map((f) => f.failureCount)).toEqual([0, 2]);
    // Held: another poller asking now gets neither.
    expect(await feeds().leaseDueForPoll(5 * MINUTE)).toEqual([]);
    await ctx.passTime(61 * MINUTE);
    // A feed this pass has polled already is neither returned nor leased: it stays due as it was.
    expect(ids(await feeds().leaseDueForPoll(10 * MINUTE, 1, [b.id]))).toEqual([a.id]);
    expect(await due()).toEqual([b.id]);
    // Nobody follows it any more: it is not polled.
    await feeds().unsubscribe('C1', b.id);
    await ctx.passTime(1000 * MINUTE);
    expect(await due()).toEqual([a.id]);
  });

  it('stores each feed item once and tells a channel what its feeds brought', async () => {
    const feed = (await feeds().subscribe({ url: 'https://a.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
    const other = (await feeds().subscribe({ url: 'https://b.test/rss', channelId: 'C2', addedBy: 'U1' })).feed;
    expect(await feeds().itemState(feed.id, 'guid-1')).toBeUndefined();
    await feeds().recordItem(feed.id, 'guid-1', {
      articleId: null,
      outcome: 'failed',
      version: 'v1',
      error: 'HTTP 500',
      at: later(1),
    });
    await feeds().recordItem(feed.id, 'guid-1', {
      articleId: null,
      outcome: 'failed',
      version: 'v1',
      error: 'HTTP 500',
      at: later(2),
    });
    expect(await feeds().itemState(feed.id, 'guid-1')).toEqual({
      articleId: null,
      outcome: 'failed',
      version: 'v1',
      attempts: 2,
      firstSeenAt: later(1),
    });
    const { article } = await ctx
      .store()
      .articles.add({ source: 'https://a.test/rss', title: 'Ferry sails', text: 'It sails.' });
    await feeds().recordItem(feed.id, 'guid-1', {
      articleId: article.id,
      outcome: 'created',
      version: 'v1',
      at: later(3),
    });
    expect(await feeds().itemState(feed.id, 'guid-1')).toEqual({
      articleId: article.id,
      outcome: 'created',
      version: 'v1',
      attempts: 0,
      firstSeenAt: later(1),
    });
    // An item given up after days of failures is counted on its feed's line, so the loss shows.
    await feeds().recordItem(feed.id, 'guid-3', { articleId: null, outcome: 'gave_up', version: null, at: later(3) });
    expect((await feeds().listForChannel('C1')).map((f) => f.givenUpItems)).toEqual([1]);
    await feeds().recordItem(feed.id, 'guid-2', { articleId: null, outcome: 'skipped', version: null, at: later(3) });
    await feeds().recordItem(other.id, 'guid-9', {
      articleId: article.id,
      outcome: 'unchanged',
      version: null,
      at: later(4),
    });
    const items = await feeds().newItemsSince('C1', later(0));
    expect(items).toEqual([
      {
        articleId: article.id,
        title: 'Ferry sails',
        url: null,
        feedId: feed.id,
        feedTitle: null,
        feedUrl: 'https://a.test/rss',
        outcome: 'created',
        ingestedAt: later(3),
      },
    ]);
    expect((await feeds().newItemsSince('C2', later(0))).map((i) => [i.feedId, i.outcome])).toEqual([
      [other.id, 'unchanged'],
    ]);
    expect(await feeds().newItemsSince('C1', later(4))).toEqual([]);
  });
}
