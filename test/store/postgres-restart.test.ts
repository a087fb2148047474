import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { claimRequest } from './async-contract/claim-request';

// Its own server: restarting the run's shared one would disturb the other test files.
let cluster: PostgresCluster;
let store: AsyncStore | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 120_000);
afterAll(async () => {
  await store?.close();
  await cluster?.destroy();
});

it('keeps every call across a server restart and reconnects on the next one', async () => {
  const idleErrors: Error[] = [];
  store = await openPostgresStore({
    url: cluster.url(),
    poolSize: 3,
    retryForMs: 60_000,
    onIdleError: (error) => idleErrors.push(error),
  });
  const s = store;
  const before = await s.articles.add({ source: 's', title: 'Ferry delayed', text: 'The ferry is late again.' });
  const schedule = await s.schedules.create({ channelId: 'C1', kind: 'digest', time: '09:00', timezone: 'UTC' });
  // Several pooled connections, all about to be cut by the shutdown.
  await Promise.all([s.ping(), s.ping(), s.ping()]);

  await cluster.stop();
  const during = Promise.all([
    s.articles.add({ source: 's', title: 'Bridge reopens', text: 'The bridge reopened at noon.' }),
    s.conversations.markEventHandled('slack:Ev-outage'),
    s.schedules.claimSlot(claimRequest(schedule.id, 'replica-a', '2024-03-02T09:00:00.000Z')),
    s.feeds.subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U1' }),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 700));
  await cluster.start();
  const [added, firstTime, claim, feed] = await during;

  expect(added.outcome).toBe('created');
  expect(firstTime).toBe(true);
  expect(claim).toMatchObject({ owner: 'replica-a', attempts: 1, state: 'claimed' });
  expect(feed.created).toBe(true);
  expect(idleErrors.length).toBeGreaterThan(0);
  // Nothing was lost or doubled, and later calls run on new connections.
  expect(await s.articles.count()).toBe(2);
  expect((await s.articles.search('ferry')).map((h) => h.id)).toEqual([before.article.id]);
  expect(await s.conversations.markEventHandled('slack:Ev-outage')).toBe(false);
  expect(
    await s.schedules.claimSlot(claimRequest(schedule.id, 'replica-b', '2024-03-02T09:01:00.000Z')),
  ).toBeUndefined();
  expect(
    await s.schedules.markDelivered(schedule.id, claim!.slot, 'replica-a', 'slack:C1:1.0', '2024-03-02T09:01:00.000Z'),
  ).toBe(true);
}, 120_000);

it('gives up after its retry window when the server stays down, and says so', async () => {
  const s = await openPostgresStore({ url: cluster.url(), retryForMs: 600 });
  try {
    await cluster.stop();
    await expect(s.articles.count()).rejects.toThrow(/ECONNREFUSED|connect/);
  } finally {
    await cluster.start();
    await s.close();
  }
  const again = await openPostgresStore({ url: cluster.url() });
  expect(await again.articles.count()).toBe(2);
  await again.close();
}, 120_000);
