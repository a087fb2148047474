import { afterEach, expect, it } from 'vitest';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

it("a channel's digest lists the day's new stories and names those that came from its own feeds", async () => {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  const { store } = t;
  const flynn = (await store.articles.search('flynn'))[0]!;
  const now = Date.now();
  const { feed } = await store.feeds.subscribe({
    url: 'https://news.example.org/rss',
    channelId: 'slack:C1',
    addedBy: 'slack:U1',
  });
  await store.feeds.recordPollSuccess(feed.id, {
    etag: null,
    lastModified: null,
    title: 'Example Wire',
    at: new Date(now).toISOString(),
    nextPollAt: new Date(now + 900_000).toISOString(),
  });
  await store.feeds.recordItem(feed.id, 'item-1', {
    articleId: flynn.id,
    outcome: 'created',
    version: null,
    at: new Date(now).toISOString(),
  });
  const digest = await store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'UTC',
  });
  const other = await store.schedules.create({ channelId: 'slack:C2', kind: 'digest', time: '09:00', timezone: 'UTC' });

  const slot = now + 60_000;
  const here = renderConsoleReply(await t.app.buildScheduledPost({ schedule: digest, slot, late: false, since: '' }));
  expect(here).toMatch(/Added in the last 24 hours\n\s+• US Senate Intel Committee Rejects Flynn/);
  expect(here).toMatch(
    /New from this channel’s feeds\n\s+• US Senate Intel Committee Rejects Flynn.* \(Example Wire · \/brief #\d+\)/,
  );

  // A channel that does not follow the feed still sees the story, but not as its feed's.
  const elsewhere = renderConsoleReply(
    await t.app.buildScheduledPost({ schedule: other, slot, late: false, since: '' }),
  );
  expect(elsewhere).toContain('US Senate Intel Committee Rejects Flynn');
  expect(elsewhere).not.toContain('New from this channel’s feeds');
});
