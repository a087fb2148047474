import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { ChannelPoster } from '../app/channel-poster';
import { errorSummary } from '../logging/error-summary';
import { dailyTimeOf } from '../schedule/schedule-slots';
import type { AsyncStore } from '../store/async/async-store';
import type { Schedule } from '../store/schedule-repository';
import { createChannelRateLimiter, realSleep } from './channel-rate-limiter';
import { checkDatabaseClock } from './check-database-clock';
import { dailyTidy } from './daily-tidy';
import { deliverClaimedSlot } from './deliver-claimed-slot';
import { PRUNE_BATCH } from './forget-handled-events';
import { runDueSlots } from './run-due-slots';
import { type DeliveryPolicy, defaultDeliveryPolicy, type SchedulerApp, type SchedulerDeps } from './scheduler-types';
import { createStoreRunCoordinator, jobName } from './store-run-coordinator';

export interface StartSchedulerOptions {
  /** Schedules and claims, and the per-channel post instants shared with other processes. */
  store: Pick<AsyncStore, 'kind' | 'schedules' | 'postSlots' | 'conversations'>;
  app: SchedulerApp;
  posters: ChannelPoster[];
  logger: Logger;
  now?: () => Date;
  /** NEWSBRIEF_CATCHUP_HOURS: missed slots younger than this are posted late on start. */
  catchupHours: number;
  /** NEWSBRIEF_TZ; informational here (schedules store their own zone). */
  defaultZone: string;
  policy?: Partial<DeliveryPolicy>;
  /** Minimum gap between posts to one channel. */
  channelIntervalMs?: number;
  /** NEWSBRIEF_THREAD_LINK_DAYS (30, as in the config): a deleted story's thread link goes after this many silent days. */
  threadLinkDays?: number;
}

/** Sweep slots at least this old that their own job did not take (DST gaps, expired leases, retries). */
const SWEEP_GRACE_MS = 90_000;

/**
 * One node-cron job per enabled schedule (its zone, `noOverlap`, `distributed` with our store
 * claim as coordinator), plus a once-a-minute sweep that syncs jobs with the store (schedules
 * made by other processes or commands) and posts what the jobs could not. Missed slots are caught
 * up first.
 */
export function startScheduler(options: StartSchedulerOptions): { stop(): Promise<void>; ready: Promise<void> } {
  const now = options.now ?? (() => new Date());
  const deps: SchedulerDeps = {
    app: options.app,
    schedules: options.store.schedules,
    posters: options.posters,
    logger: options.logger.child({ component: 'scheduler' }),
    now,
    sleep: realSleep,
    rateLimiter: createChannelRateLimiter({
      intervalMs: options.channelIntervalMs ?? 1_100,
      now: () => now().getTime(),
      sleep: realSleep,
      slots: options.store.postSlots,
    }),
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    policy: { ...defaultDeliveryPolicy, ...options.policy },
  };
  const coordinator = createStoreRunCoordinator(deps);
  // Runs in flight (job deliveries and sweeps), so stop() lets them finish before the store closes.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };
  const jobs = new Map<number, { signature: string; task: ScheduledTask }>();
  const cronLogger = {
    info: (m: string) => deps.logger.debug(m),
    warn: (m: string) => deps.logger.warn(m),
    error: (m: string | Error, e?: Error) => deps.logger.error({ err: errorSummary(e ?? m) }, 'node-cron error'),
    debug: (m: string | Error) => deps.logger.debug(String(m)),
  };

  const register = (schedule: Schedule) => {
    const { hour, minute, zone } = dailyTimeOf(schedule);
    const task = cron.schedule(
      `${minute} ${hour} * * *`,
      async (ctx) => {
        const won = await coordinator.takeClaim(schedule.id, ctx.date);
        if (won) await track(deliverClaimedSlot(won.schedule, won.claim, deps));
      },
      {
        name: jobName(schedule.id),
        timezone: zone,
        noOverlap: true,
        distributed: true,
        runCoordinator: coordinator,
        distributedLease: deps.policy.leaseMs,
        logger: cronLogger,
      },
    );
    jobs.set(schedule.id, { signature: `${schedule.time}|${schedule.timezone}`, task });
  };

  const syncJobs = async () => {
    const wanted = new Map((await options.store.schedules.list({ enabledOnly: true })).map((s) => [s.id, s]));
    for (const [id, job] of jobs) {
      const schedule = wanted.get(id);
      if (!schedule || `${schedule.time}|${schedule.timezone}` !== job.signature) {
        void job.task.destroy();
        jobs.delete(id);
      }
    }
    for (const schedule of wanted.values()) if (!jobs.has(schedule.id)) register(schedule);
  };

  const sweep = (graceMs: number) => track(sweepOnce(graceMs));
  const sweepOnce = async (graceMs: number) => {
    try {
      await syncJobs();
      return await runDueSlots(deps, {
        at: now().getTime(),
        catchupHours: options.catchupHours,
        graceMs,
      });
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'scheduler sweep failed');
      return undefined;
    }
  };

  // Catch-up first: node-cron never replays runs missed while the process was down.
  void track(checkDatabaseClock(deps));
  const ready = sweep(0).then((outcomes) => {
    if (!outcomes) return deps.logger.warn('scheduler catch-up failed; the once-a-minute sweep tries again');
    const slots: Record<string, number> = {};
    for (const { status } of outcomes) slots[status] = (slots[status] ?? 0) + 1;
    deps.logger.info({ slots }, 'scheduler caught up');
  });
  const sweeper = cron.schedule('* * * * *', () => sweep(SWEEP_GRACE_MS), {
    name: 'newsbrief-sweep',
    noOverlap: true,
    logger: cronLogger,
  });
  // Housekeeping once a day (and once at start, as a bot restarted nightly might never see 04:17).
  const tidy = () =>
    track(
      dailyTidy({
        conversations: options.store.conversations,
        now,
        threadLinkDays: options.threadLinkDays ?? 30,
        logger: deps.logger,
        handledEventBatch: PRUNE_BATCH[options.store.kind],
      }),
    );
  void ready.then(tidy);
  const tidier = cron.schedule('17 4 * * *', tidy, { name: 'newsbrief-tidy', noOverlap: true, logger: cronLogger });
  deps.logger.info(
    { owner: deps.owner, catchupHours: options.catchupHours, defaultZone: options.defaultZone },
    'scheduler started',
  );
  return {
    ready,
    async stop() {
      await sweeper.destroy();
      await tidier.destroy();
      for (const job of jobs.values()) await job.task.destroy();
      jobs.clear();
      await ready;
      await Promise.allSettled([...inFlight]);
    },
  };
}
