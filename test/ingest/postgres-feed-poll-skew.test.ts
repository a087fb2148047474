import { afterEach, expect, it } from 'vitest';
import { type FeedPoller, startFeedPoller } from '../../src/ingest/feed-poller';
import type { SafeFetch } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { useTestDatabase } from '../support/shared-postgres';

const database = useTestDatabase();
const MINUTE = 60_000;
let stores: AsyncStore[] = [];
let pollers: FeedPoller[] = [];
// A held fetch is let go after a failed test too, so its poller can stop.
let releaseHeld = () => {};
afterEach(async () => {
  releaseHeld();
  await Promise.all(pollers.map((p) => p.stop()));
  await Promise.all(stores.map((s) => s.close()));
  pollers = [];
  stores = [];
});

/**
 * Two replicas polling one schema's feeds: `exact` keeps the database's time, `skewed` runs
 * `skewMs` off it (an injected clock, not a sleep). Each poll fails (HTTP 503, so it records a
 * 30-minute backoff); `fetched` lists which replica fetched, and `hold` keeps the exact
 * replica's fetch in flight until released. The feed is followed through `followedOn`'s store,
 * with that replica's clock.
 */
async function replicas(skewMs: number, followedOn: 'exact' | 'skewed') {
  const schema = database().freshSchema();
  const probe = await openPostgresStore({ url: database().url, schema, poolSize: 1 });
  const databaseNow = Date.parse((await probe.schedules.databaseNow())!);
  await probe.close();
  const clock = { exact: databaseNow, skewed: databaseNow + skewMs };
  const open = async (who: 'exact' | 'skewed') => {
    const store = await openPostgresStore({
      url: database().url,
      schema,
      now: () => new Date(clock[who]),
      poolSize: 2,
    });
    stores.push(store);
    return store;
  };
  const first = await open('exact');
  const second = await open('skewed');
  const fetched: string[] = [];
  let release = () => {};
  let hold = Promise.resolve();
  const poller = (store: AsyncStore, who: 'exact' | 'skewed') => {
    const fetcher: SafeFetch = async () => {
      fetched.push(who);
      if (who === 'exact') await hold;
      throw new Error('HTTP 503');
    };
    const p = startFeedPoller({
      store,
      fetcher,
      logger: silentLogger(),
      intervalMinutes: 15,
      now: () => new Date(clock[who]),
      ingest: async () => {
        throw new Error('no items in these feeds');
      },
      pollOnStart: false,
      checkEveryMs: 3_600_000,
    });
    pollers.push(p);
    return p;
  };
  const follower = followedOn === 'exact' ? first : second;
  await follower.feeds.subscribe({ url: 'https://skew.test/rss', channelId: 'C1', addedBy: 'U1' });
  // The exact clock a moment on, so the feed followed is due to it whichever clock timed it.
  clock.exact += 1_000;
  clock.skewed += 1_000;
  return {
    exact: poller(first, 'exact'),
    skewed: poller(second, 'skewed'),
    fetched,
    holdExact() {
      hold = new Promise((resolve) => {
        release = resolve;
      });
      releaseHeld = () => release();
      return releaseHeld;
    },
  };
}

it('a replica whose clock runs 15 minutes ahead does not poll a feed another replica holds', async () => {
  const { exact, skewed, fetched, holdExact } = await replicas(15 * MINUTE, 'exact');
  const release = holdExact();
  const inFlight = exact.pollNow();
  for (let i = 0; i < 200 && fetched.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  expect(fetched).toEqual(['exact']);
  // The exact replica holds the feed for 10 minutes on the database's clock; to the skewed
  // replica's clock that lease ran out 5 minutes ago.
  expect(await skewed.pollNow()).toEqual([]);
  release();
  expect(await inFlight).toEqual([expect.objectContaining({ status: 'failed' })]);
  expect(fetched).toEqual(['exact']);
});

it('a replica whose clock runs an hour behind backs a feed off on the database’s clock, so no replica polls it again early', async () => {
  const { exact, skewed, fetched } = await replicas(-60 * MINUTE, 'skewed');
  expect(await skewed.pollNow()).toEqual([expect.objectContaining({ status: 'failed' })]);
  // Its "again in 30 minutes" is 30 minutes from the database's now, not 30 minutes after its own.
  expect(await exact.pollNow()).toEqual([]);
  expect(await skewed.pollNow()).toEqual([]);
  expect(fetched).toEqual(['skewed']);
});
