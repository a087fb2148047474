import { afterEach, expect, it } from 'vitest';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { fakeClock } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => t?.close());

/** The channel's 09:30 UTC digest on 2 March 2026, as the console shows it. */
async function digestAtHalfPastNine(app: TestApp): Promise<string> {
  const digest = await app.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:30',
    timezone: 'UTC',
  });
  const slot = Date.parse('2026-03-02T09:30:00Z');
  return renderConsoleReply(await app.app.buildScheduledPost({ schedule: digest, slot, late: false, since: '' }));
}

it('a busy day’s digest lists the newest stories first and says where the rest are', async () => {
  const clock = fakeClock('2026-03-02T09:00:00Z');
  t = await makeTestApp({ now: clock.now });
  for (let n = 1; n <= 18; n++) {
    await t.app.ingest({
      source: 'test',
      title: `Harbour story ${n}`,
      text: `Harbour story ${n}\n\nThe council met on day ${n} to discuss the harbour, a spokesman said.`,
    });
    clock.advance(60_000);
  }
  const text = await digestAtHalfPastNine(t);
  const listed = [...text.matchAll(/• (Harbour story \d+)/g)].map((m) => m[1]);
  expect(listed[0]).toBe('Harbour story 18');
  expect(listed).toHaveLength(15);
  expect(listed).not.toContain('Harbour story 3');
  expect(text).toContain('…and 3 more, added earlier (older stories: /brief list 2)');
});

it('a busy feed day lists the newest feed stories first, cut at the same end as the day’s list', async () => {
  const clock = fakeClock('2026-03-02T09:00:00Z');
  t = await makeTestApp({ now: clock.now });
  const { feed } = await t.store.feeds.subscribe({
    url: 'https://news.example.org/rss',
    channelId: 'slack:C1',
    addedBy: 'slack:U1',
  });
  for (let n = 1; n <= 18; n++) {
    const added = await t.app.ingest({
      source: 'https://news.example.org/rss',
      title: `Feed story ${n}`,
      text: `Feed story ${n}\n\nThe board met on day ${n} to discuss the port, a spokesman said.`,
    });
    await t.store.feeds.recordItem(feed.id, `item-${n}`, {
      articleId: added.article.id,
      outcome: 'created',
      version: null,
      at: new Date(clock.now()).toISOString(),
    });
    clock.advance(60_000);
  }
  const text = await digestAtHalfPastNine(t);
  const fromFeeds = text.slice(text.indexOf('New from this channel’s feeds'));
  const listed = [...fromFeeds.matchAll(/• (Feed story \d+)/g)].map((m) => m[1]);
  expect(listed[0]).toBe('Feed story 18');
  expect(listed).toHaveLength(15);
  expect(fromFeeds).toContain('…and 3 more from these feeds, added earlier');
});
