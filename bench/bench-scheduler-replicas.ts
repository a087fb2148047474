import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import { silentLogger } from '../src/logging/create-logger';
import { createChannelRateLimiter, realSleep } from '../src/scheduler/channel-rate-limiter';
import { runDueSlots } from '../src/scheduler/run-due-slots';
import { defaultDeliveryPolicy } from '../src/scheduler/scheduler-types';
import type { AsyncStore } from '../src/store/async/async-store';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import { PLATFORM_LATENCY_MS, recordingPoster } from './bench-scheduler';
import type { Benchmark } from './bench-types';
import { followedStories } from './followed-stories';

const CHANNELS = 2_000;
const PER_CHANNEL = 5; // 4 follow-ups + 1 digest: 10,000 schedules due in the same minute
const INTERVAL_MS = 1_000; // ~1 message per second per channel (Slack's limit)
const REPLICAS = 2;

/**
 * 10,000 schedules due in one minute across 2,000 channels, swept at once by two replicas, each
 * with its own connection pool on one PostgreSQL database (what two `start` processes share):
 * the claims split the work, the shared post instants keep each channel's spacing across both.
 * The fake platform records every post, so duplicates and gaps are counted, not assumed.
 */
export const benchSchedulerReplicas: Benchmark = async ({ log }) => {
  const cluster = await startPostgresCluster();
  const stores: AsyncStore[] = [];
  try {
    // One after another: the first applies the migrations, as the first replica to start would.
    for (let n = 0; n < REPLICAS; n++) {
      stores.push(await openPostgresStore({ url: cluster.url(), schema: 'bench_replicas', poolSize: 4 }));
    }
    const apps = stores.map((store) => createNewsbriefApp({ store, logger: silentLogger() }));
    const articles = await followedStories(apps[0]!, PER_CHANNEL - 1);
    const slot = Date.now() + 500;
    const createdAt = new Date(slot - 3_600_000).toISOString();
    const time = new Date(slot);
    const hhmm = `${String(time.getUTCHours()).padStart(2, '0')}:${String(time.getUTCMinutes()).padStart(2, '0')}`;
    await stores[0]!.transaction(async (tx) => {
      for (let c = 0; c < CHANNELS; c++) {
        for (let i = 0; i < PER_CHANNEL; i++) {
          const article = i < PER_CHANNEL - 1 ? articles[i] : undefined;
          await tx.schedules.create({
            channelId: `fake:C${c}`,
            kind: article ? 'follow' : 'digest',
            articleId: article?.id ?? null,
            query: article?.title ?? null,
            time: hhmm,
            timezone: 'UTC',
            createdAt,
          });
        }
      }
    });
    const { poster, postsAt } = recordingPoster();
    log(
      `scheduler-replicas: ${CHANNELS * PER_CHANNEL} schedules at ${hhmm} UTC, ${CHANNELS} channels, ${REPLICAS} replicas`,
    );
    const at = Math.floor(slot / 60_000) * 60_000 + 59_000; // inside the due minute
    const start = performance.now();
    const perReplica = await Promise.all(
      stores.map((store, n) =>
        runDueSlots(
          {
            app: apps[n]!,
            schedules: store.schedules,
            posters: [poster],
            logger: silentLogger(),
            now: () => new Date(),
            sleep: realSleep,
            owner: `replica-${n}`,
            rateLimiter: createChannelRateLimiter({
              intervalMs: INTERVAL_MS,
              now: () => Date.now(),
              sleep: realSleep,
              slots: store.postSlots,
            }),
            policy: defaultDeliveryPolicy,
          },
          // The sweep's own default channel concurrency (128 per replica), as `start` runs it.
          { at, catchupHours: 6 },
        ),
      ),
    );
    const seconds = (performance.now() - start) / 1000;
    const delivered = perReplica.map((outcomes) => outcomes.filter((o) => o.status === 'delivered').length);
    const posts = [...postsAt.values()].reduce((sum, times) => sum + times.length, 0);
    const expected = CHANNELS * PER_CHANNEL;
    const gaps = [...postsAt.values()].flatMap((times) =>
      [...times].sort((a, b) => a - b).flatMap((t, i, all) => (i ? [t - all[i - 1]!] : [])),
    );
    const minGap = Math.min(...gaps);
    const short = gaps.filter((gap) => gap < INTERVAL_MS - 5).length;
    return [
      {
        name: `scheduler, ${REPLICAS} replicas on PostgreSQL: ${expected} schedules due in one minute`,
        value: `${seconds.toFixed(1)} s to post all; ${posts} posts (${delivered.join(' + ')} by replica)`,
        target: `${expected} posts, 0 duplicates`,
        ok: posts === expected && delivered.reduce((a, b) => a + b, 0) === expected,
        note: `${CHANNELS} channels × ${PER_CHANNEL}, 128 channels at a time per replica; fake platform ${PLATFORM_LATENCY_MS} ms/post`,
      },
      {
        name: 'scheduler, replicas: smallest gap between posts to one channel',
        value: `${minGap.toFixed(0)} ms`,
        target: `>= ${INTERVAL_MS - 5} ms`,
        ok: minGap >= INTERVAL_MS - 5,
        note: `${short} of ${gaps.length} gaps under ${INTERVAL_MS - 5} ms; spacing shared through the database (post instants)`,
      },
    ];
  } finally {
    await Promise.all(stores.map((store) => store.close()));
    await cluster.destroy();
  }
};
