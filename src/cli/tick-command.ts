import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import type { ChannelPoster } from '../app/channel-poster';
import { createConsolePoster } from '../platforms/console/console-poster';
import { createChannelRateLimiter, realSleep } from '../scheduler/channel-rate-limiter';
import { runDueSlots } from '../scheduler/run-due-slots';
import { defaultDeliveryPolicy, type SchedulerApp } from '../scheduler/scheduler-types';
import type { ScheduleRepository } from '../store/schedule-repository';
import type { PostSlotRepository } from '../store/store';
import { UsageError } from './cli-io';

const USAGE = 'newsbrief tick --at <ISO time> [--json]';

export interface TickCommandDeps {
  app: SchedulerApp;
  /** Schedules and their claims (the same rows the running bot claims through). */
  schedules: ScheduleRepository;
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
  /** NEWSBRIEF_CATCHUP_HOURS. */
  catchupHours: number;
  /** Real clock for leases and "posted at"; `--at` only chooses which slots are due. */
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  channelIntervalMs?: number;
  /** Per-channel post instants shared with the running bot (store.postSlots). */
  postSlots?: PostSlotRepository;
}

/**
 * `newsbrief tick --at <ISO>`: runs, once, every slot due at that moment (within the catch-up
 * window) through the same claim as the running bot, so it never doubles a post; prints what it posted.
 */
export async function runTickCommand(args: string[], deps: TickCommandDeps): Promise<number> {
  const { values } = parseArgs({ args, options: { at: { type: 'string' }, json: { type: 'boolean' } } });
  const at = values.at === undefined ? Number.NaN : Date.parse(values.at);
  if (Number.isNaN(at)) {
    throw new UsageError(
      values.at === undefined
        ? 'Say which moment to run: --at <ISO time>.'
        : `"${values.at}" is not an ISO time (e.g. 2026-03-30T08:00:00Z).`,
      USAGE,
    );
  }
  const now = deps.now ?? (() => new Date());
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
      policy: defaultDeliveryPolicy,
    },
    { at, catchupHours: deps.catchupHours },
  );
  const failed = outcomes.filter((o) => o.status === 'failed' || o.status === 'lost');
  if (values.json) {
    deps.stdout.write(`${JSON.stringify({ at: new Date(at).toISOString(), outcomes })}\n`);
  } else if (outcomes.length === 0) {
    deps.stdout.write(`Nothing due at ${new Date(at).toISOString()} (or another process already posted it).\n`);
  } else {
    for (const o of outcomes) {
      const detail =
        o.status === 'delivered'
          ? `posted via ${o.via}${o.late ? ' (late)' : ''}`
          : `${o.status}${o.error ? `: ${o.error}` : ''}`;
      deps.stdout.write(`#${o.scheduleId} ${o.kind} ${o.channelId} slot ${o.slot}: ${detail}\n`);
    }
  }
  return failed.length > 0 ? 1 : 0;
}
