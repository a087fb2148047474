import type { Logger } from 'pino';
import type { ChannelPoster } from '../app/channel-poster';
import type { NewsbriefApp } from '../app/newsbrief-app';
import type { AsyncScheduleRepository } from '../store/async/async-store';
import type { ChannelRateLimiter } from './channel-rate-limiter';

/** The parts of the app the scheduler uses: what to post, and where its thread goes. */
export type SchedulerApp = Pick<NewsbriefApp, 'buildScheduledPost' | 'conversations'>;

export interface DeliveryPolicy {
  /** Post attempts within one run before the slot is marked failed. */
  postAttempts: number;
  /** First backoff between attempts; each next one is 4× longer. */
  backoffMs: number;
  /** A failed slot is claimed again (by the sweep) no sooner than this. */
  retryLaterMs: number;
  /** A slot is not claimed again after this many claims. */
  maxAttempts: number;
  /** How long a claim outlives its process (presumed crashed after); renewed while a post is in flight. */
  leaseMs: number;
  /** A slot posted more than this after its time is marked late. */
  lateAfterMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  postAttempts: 3,
  backoffMs: 2_000,
  retryLaterMs: 10 * 60_000,
  maxAttempts: 5,
  leaseMs: 5 * 60_000,
  lateAfterMs: 5 * 60_000,
};

export interface SchedulerDeps {
  app: SchedulerApp;
  /** Schedules and their per-slot claims: the exactly-once machinery works on these rows. */
  schedules: AsyncScheduleRepository;
  posters: ChannelPoster[];
  /** Posts `console:` channels when no console poster is in `posters` (the tick command's stdout). */
  fallbackPoster?: ChannelPoster;
  logger: Logger;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  rateLimiter: ChannelRateLimiter;
  /** Identifies this process in claim rows. */
  owner: string;
  policy: DeliveryPolicy;
}

export interface SlotOutcome {
  scheduleId: number;
  channelId: string;
  kind: 'follow' | 'digest';
  slot: string;
  /** not-configured: no poster for the channel's platform in this process; left unclaimed, still due. */
  status: 'delivered' | 'failed' | 'channel-gone' | 'lost' | 'skipped' | 'not-configured';
  late: boolean;
  /** Which poster took it (e.g. "console" when the tick command fell back). */
  via?: string;
  messageRef?: string;
  error?: string;
}
