import { join } from 'node:path';
import type { ChannelPoster } from '../src/app/channel-poster';
import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import { silentLogger } from '../src/logging/create-logger';
import { createChannelRateLimiter, realSleep } from '../src/scheduler/channel-rate-limiter';
import { runDueSlots } from '../src/scheduler/run-due-slots';
import { defaultDeliveryPolicy } from '../src/scheduler/scheduler-types';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import type { Benchmark } from './bench-types';
import { followedStories } from './followed-stories';

const CHANNELS = 200;
const PER_CHANNEL = 5; // 4 follow-ups + 1 digest: 1,000 schedules due in the same minute
const INTERVAL_MS = 1_000; // ~1 message per second per channel (Slack's limit)
export const PLATFORM_LATENCY_MS = 20;

/**
 * 1,000 schedules due at 09:00 through the real claim, content builders and per-channel rate
 * limiter, posting to a fake platform with 20 ms latency that records when each channel got each
 * post. The floor is (posts per channel - 1) × interval; the rest is overhead.
 */
export const benchScheduler: Benchmark = async ({ tmpDir, log }) => {
  const store = openAsyncSqliteStore({ path: join(tmpDir, 'bench-scheduler.db') });
  const app = createNewsbriefApp({ store, logger: silentLogger() });
  const stories = await followedStories(app, PER_CHANNEL - 1);
  const slot = Date.now() + 500;
  const createdAt = new Date(slot - 3_600_000).toISOString();
  const time = new Date(slot);
  const hhmm = `${String(time.getUTCHours()).padStart(2, '0')}:${String(time.getUTCMinutes()).padStart(2, '0')}`;
  for (let c = 0; c < CHANNELS; c++) {
    for (let i = 0; i < PER_CHANNEL; i++) {
      const story = i < PER_CHANNEL - 1 ? stories[i] : undefined;
      await store.schedules.create({
        channelId: `fake:C${c}`,
        kind: story ? 'follow' : 'digest',
        articleId: story?.id ?? null,
        query: story?.title ?? null,
        time: hhmm,
        timezone: 'UTC',
        createdAt,
      });
    }
  }
  const { poster, postsAt } = recordingPoster();
  log(`scheduler: ${CHANNELS * PER_CHANNEL} schedules due at ${hhmm} UTC across ${CHANNELS} channels`);
  const at = Math.floor(slot / 60_000) * 60_000 + 59_000; // inside the due minute
  const start = performance.now();
  const outcomes = await runDueSlots(
    {
      app,
      schedules: store.schedules,
      posters: [poster],
      logger: silentLogger(),
      now: () => new Date(),
      sleep: realSleep,
      owner: 'bench',
      rateLimiter: createChannelRateLimiter({ intervalMs: INTERVAL_MS, now: () => Date.now(), sleep: realSleep }),
      policy: defaultDeliveryPolicy,
    },
    { at, catchupHours: 6, channelConcurrency: CHANNELS },
  );
  const seconds = (performance.now() - start) / 1000;
  await store.close();

  const delivered = outcomes.filter((o) => o.status === 'delivered').length;
  const gaps = [...postsAt.values()].flatMap((times) => times.slice(1).map((t, i) => t - times[i]!));
  const minGap = Math.min(...gaps);
  const floor = ((PER_CHANNEL - 1) * INTERVAL_MS) / 1000;
  return [
    {
      name: `scheduler: ${CHANNELS * PER_CHANNEL} schedules due in one minute`,
      value: `${seconds.toFixed(2)} s to post all (${delivered} delivered)`,
      target: `all delivered, <= ${floor + 5} s`,
      ok: delivered === CHANNELS * PER_CHANNEL && seconds <= floor + 5,
      note: `${CHANNELS} channels × ${PER_CHANNEL}; rate-limit floor ${floor} s; fake platform ${PLATFORM_LATENCY_MS} ms/post`,
    },
    {
      name: 'scheduler: smallest gap between posts to one channel',
      value: `${minGap.toFixed(0)} ms`,
      target: `>= ${INTERVAL_MS - 5} ms`,
      ok: minGap >= INTERVAL_MS - 5,
      note: '~1 message/s per channel',
    },
  ];
};

/** A platform with 20 ms latency that records when each channel received each post. */
export function recordingPoster(): { poster: ChannelPoster; postsAt: Map<string, number[]> } {
  const postsAt = new Map<string, number[]>();
  const poster: ChannelPoster = {
    platform: 'fake',
    async post(channelId) {
      // When the platform receives the post: what its rate limit counts.
      const list = postsAt.get(channelId) ?? [];
      list.push(performance.now());
      postsAt.set(channelId, list);
      await realSleep(PLATFORM_LATENCY_MS);
      return { channelId, messageRef: `${channelId}:${list.length}`, threadRef: `${channelId}:${list.length}` };
    },
  };
  return { poster, postsAt };
}
