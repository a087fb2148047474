import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context';

const T0 = '2024-03-01T10:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** Feeds: one row per URL, subscriptions per channel, poll state, items stored once. */
export function feedCases(ctx: ContractContext) {
  const feeds = () => ctx.store().feeds;

  it('follows a feed once per channel and lists it with its poll state', async () => {
    const first = await feeds().subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U1' });
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
      nextPollAt: T0,
      createdAt: T0,
      channelId: 'C1',
      addedBy: 'U1',
      subscribedAt: T0,
      givenUpItems: 0,
    });
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
    ctx.setClock(later(1));
    const b = (await feeds().subscribe({ url: 'https://b.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
    expect((await feeds().dueForPoll(later(0))).map((f) => f.id)).toEqual([a.id]);
    expect((await feeds().dueForPoll(later(2))).map((f) => f.id)).toEqual([a.id, b.id]);
    await feeds().recordPollSuccess(a.id, {
      etag: '"v1"',
      lastModified: 'Fri, 01 Mar 2024 09:00:00 GMT',
      title: 'A News',
      at: later(2),
      nextPollAt: later(17),
    });
    await feeds().recordPollFailure(b.id, { error: 'HTTP 503', at: later(2), nextPollAt: later(32) });
    await feeds().recordPollFailure(b.id, { error: 'HTTP 503', at: later(33), nextPollAt: later(93) });
    expect(await feeds().get(a.id)).toMatchObject({
      etag: '"v1"',
      lastModified: 'Fri, 01 Mar 2024 09:00:00 GMT',
      title: 'A News',
      lastSuccessAt: later(2),
      failureCount: 0,
      nextPollAt: later(17),
    });
    expect(await feeds().get(b.id)).toMatchObject({
      failureCount: 2,
      lastError: 'HTTP 503',
      lastSuccessAt: null,
      nextPollAt: later(93),
    });
    expect((await feeds().dueForPoll(later(20))).map((f) => f.id)).toEqual([a.id]);

    const leased = await feeds().leaseDueForPoll(later(100), later(105));
    expect(leased.map((f) => [f.id, f.nextPollAt])).toEqual([
      [a.id, later(17)],
      [b.id, later(93)],
    ]);
    expect(await feeds().leaseDueForPoll(later(101), later(106))).toEqual([]);
    expect((await feeds().leaseDueForPoll(later(105), later(110), 1)).map((f) => f.id)).toEqual([a.id]);
    // A feed this pass has polled already is neither returned nor leased: it stays due as it was.
    expect((await feeds().leaseDueForPoll(later(110), later(120), 1, [b.id])).map((f) => f.id)).toEqual([a.id]);
    expect((await feeds().dueForPoll(later(110))).map((f) => [f.id, f.nextPollAt])).toEqual([[b.id, later(105)]]);
    // Nobody follows it any more: it is not polled.
    await feeds().unsubscribe('C1', b.id);
    expect((await feeds().dueForPoll(later(1000))).map((f) => f.id)).toEqual([a.id]);
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
