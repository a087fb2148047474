import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { scheduleRef } from '../../commands/schedule-command-support';
import type { ChannelPoster } from '../app/channel-poster';
import { createConsolePoster } from '../platforms/console/console-poster';
import { formatSlot } from '../schedule/format-slot';
import { nextSlotOf, slotsOwed } from '../schedule/schedule-slots';
import { createChannelRateLimiter, realSleep } from '../scheduler/channel-rate-limiter';
import { runDueSlots } from '../scheduler/run-due-slots';
import { defaultDeliveryPolicy, type SchedulerApp } from '../scheduler/scheduler-types';
import type { AsyncScheduleRepository, ChannelPostSlots } from '../store/async/async-store';
import type { Schedule } from '../store/schedule-repository';
import { UsageError } from './cli-io';
import { parseTickTime } from './parse-tick-time';
import { unpostedAtTick } from './unposted-at-tick';

/** A slot is due at a simulated moment when it falls in the minute up to it. */
const TICK_WINDOW_MS = 60_000;
const DAY_MS = 86_400_000;

export interface TickCommandDeps {
  app: SchedulerApp;
  /** Schedules and their claims (the same rows the running bot claims through). */
  schedules: AsyncScheduleRepository;
  /** Configured platforms' posters. */
  posters: ChannelPoster[];
  /**
   * `console:` channels post here. Default: the console, printing to stdout (stderr with --json,
   * so stdout stays one JSON document). Slots of unconfigured platforms stay due (reported).
   */
  fallbackPoster?: ChannelPoster;
  logger: Logger;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Real clock for leases and "posted at"; `--at` only chooses which slots are due. */
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  channelIntervalMs?: number;
  /** NEWSBRIEF_SLOT_LEASE_SECONDS, as the running bot holds its claims. */
  leaseMs?: number;
  /** Per-channel post instants shared with the running bot (store.postSlots). */
  postSlots?: ChannelPostSlots;
}

/**
 * `newsbrief tick --at <ISO>`: runs, once, every slot due at that moment through the same claim
 * as the running bot, so it never doubles a post; prints what it posted.
 */
export async function runTickCommand(args: string[], deps: TickCommandDeps): Promise<number> {
  const { values } = parseArgs({ args, options: { at: { type: 'string' }, json: { type: 'boolean' } } });
  const now = deps.now ?? (() => new Date());
  if (values.at === undefined) throw new UsageError('Say which moment to run: --at <ISO 8601 time with a zone>.');
  const parsed = parseTickTime(values.at, now().getTime());
  if ('error' in parsed) throw new UsageError(parsed.error);
  const { at } = parsed;
  const sleep = deps.sleep ?? realSleep;
  const outcomes = await runDueSlots(
    {
      app: deps.app,
      schedules: deps.schedules,
      posters: deps.posters,
      fallbackPoster: deps.fallbackPoster ?? createConsolePoster({ output: values.json ? deps.stderr : deps.stdout }),
      logger: deps.logger,
      now,
      sleep,
      rateLimiter: createChannelRateLimiter({
        intervalMs: deps.channelIntervalMs ?? 1_100,
        now: () => now().getTime(),
        sleep,
        slots: deps.postSlots,
      }),
      owner: `tick:${process.pid}:${randomUUID().slice(0, 8)}`,
      policy: { ...defaultDeliveryPolicy, leaseMs: deps.leaseMs ?? defaultDeliveryPolicy.leaseMs },
    },
    // Only what is due at that moment (the slot of that minute): catching up missed slots, and
    // recording old ones as skipped, belong to the running bot's real time. A tick a day ahead
    // must not mark today's slots, still to come in real time, as skipped.
    { at, catchupHours: TICK_WINDOW_MS / 3_600_000, skipLookbackHours: 0 },
  );
  const failed = outcomes.filter((o) => o.status === 'failed' || o.status === 'lost');
  const notPosted = await unpostedAtTick(
    deps.schedules,
    { from: at - TICK_WINDOW_MS, at, now: now().getTime() },
    new Set(outcomes.map((o) => `${o.scheduleId}@${o.slot}`)),
  );
  if (values.json) {
    deps.stdout.write(`${JSON.stringify({ at: new Date(at).toISOString(), outcomes, notPosted })}\n`);
    return failed.length > 0 ? 1 : 0;
  }
  if (outcomes.length === 0 && notPosted.length === 0) {
    deps.stdout.write(`Nothing due at ${new Date(at).toISOString()}.\n`);
    // A rehearsal a minute or a zone off posts nothing: name the slot it may have meant.
    const near = await nearestSlot(deps.schedules, at);
    if (near)
      deps.stdout.write(
        `The nearest slot: ${scheduleRef(near.schedule)} ${near.schedule.channelId} at ${new Date(near.slot).toISOString()} (${formatSlot(near.slot, near.schedule.timezone)}), ${distance(near.slot - at)}.\n`,
      );
  }
  for (const o of outcomes) {
    const detail =
      o.status === 'delivered'
        ? `posted via ${o.via}${o.late ? ' (late)' : ''}`
        : `${o.status}${o.error ? `: ${o.error}` : ''}`;
    deps.stdout.write(`${scheduleRef({ id: o.scheduleId })} ${o.kind} ${o.channelId} slot ${o.slot}: ${detail}\n`);
  }
  for (const n of notPosted) {
    deps.stdout.write(
      `${scheduleRef({ id: n.scheduleId })} ${n.channelId} slot ${n.slot}: not posted by this tick: ${n.why}\n`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

/** The slot of any enabled schedule closest to `at`, before or after it. */
async function nearestSlot(schedules: Pick<AsyncScheduleRepository, 'list'>, at: number) {
  let best: { schedule: Schedule; slot: number } | undefined;
  for (const schedule of await schedules.list({ enabledOnly: true })) {
    const before = slotsOwed(schedule, at - 2 * DAY_MS, at).at(-1);
    for (const slot of [before, nextSlotOf(schedule, at)]) {
      if (slot !== undefined && (!best || Math.abs(slot - at) < Math.abs(best.slot - at))) best = { schedule, slot };
    }
  }
  return best;
}

/** "30 min before", "2 h 5 min after". */
function distance(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const text =
    minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}` : `${minutes} min`;
  return `${text} ${ms < 0 ? 'before' : 'after'} it`;
}
