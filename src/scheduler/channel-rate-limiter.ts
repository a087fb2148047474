import type { ChannelPostSlots } from '../store/async/async-store';

/**
 * Spaces posts to one channel at least `intervalMs` apart (Slack allows about one message per
 * second per channel); different channels do not wait for each other. With `slots` (the store's
 * per-channel post instants) the spacing holds across every process sharing the database.
 */
export interface ChannelRateLimiter {
  /**
   * Runs `send` when this channel's turn comes. `send` awaits `markSent()` right before handing
   * the post to the platform, so gaps are measured between posts actually going out (work done
   * before that, such as renewing the claim, does not eat into the next gap); with `slots`, that
   * is where the shared instant is reserved and waited for.
   */
  run<T>(channelId: string, send: (markSent: () => Promise<void>) => Promise<T>): Promise<T>;
}

export interface ChannelRateLimiterOptions {
  intervalMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Shared reservations (store.postSlots); without it the spacing is per process only. */
  slots?: ChannelPostSlots;
  /** How late a process may wake for its shared instant and still post (default 250 ms). */
  sharedMarginMs?: number;
}

const DEFAULT_SHARED_MARGIN_MS = 250;
/** Instants taken before posting anyway, so a starved event loop cannot hold a post back forever. */
const SHARED_ATTEMPTS = 3;

export function createChannelRateLimiter(options: ChannelRateLimiterOptions): ChannelRateLimiter {
  const lastPost = new Map<string, number>();
  const queues = new Map<string, Promise<void>>();
  // Re-checked after sleeping because a timer set after long synchronous work can fire early by
  // that much; bounded, so an injected clock that stands still cannot hang the queue.
  const waitUntil = async (instant: number) => {
    for (let i = 0; i < 5; i++) {
      const wait = instant - options.now();
      if (wait <= 0) return;
      await options.sleep(wait);
    }
  };
  // Shared instants are spaced a margin wider than the interval, and a process that wakes later
  // than the margin takes a new instant instead of posting: another process may post a full
  // interval after our instant, on time, so a late post would land too close to it.
  const waitSharedTurn = async (slots: ChannelPostSlots, channelId: string) => {
    const margin = options.sharedMarginMs ?? DEFAULT_SHARED_MARGIN_MS;
    for (let attempt = 1; ; attempt++) {
      const now = new Date(options.now()).toISOString();
      const reserved = Date.parse(await slots.reserve(channelId, now, options.intervalMs + margin));
      await waitUntil(reserved);
      if (options.now() - reserved <= margin || attempt >= SHARED_ATTEMPTS) return;
    }
  };
  const waitTurn = async <T>(channelId: string, send: (markSent: () => Promise<void>) => Promise<T>): Promise<T> => {
    // Measured from when the previous post actually went out, so a busy event loop that woke a
    // waiter late cannot squeeze the next post in early.
    const earliest = (lastPost.get(channelId) ?? -Infinity) + options.intervalMs;
    await waitUntil(earliest);
    lastPost.set(channelId, Math.max(options.now(), earliest));
    return send(async () => {
      if (options.slots) await waitSharedTurn(options.slots, channelId);
      lastPost.set(channelId, Math.max(options.now(), earliest));
    });
  };
  return {
    run(channelId, send) {
      // Callers for one channel queue in order; other channels do not wait. The queue waits for
      // the turn to start, not for the post to finish.
      let started!: () => void;
      const turnTaken = new Promise<void>((resolve) => (started = resolve));
      const previous = queues.get(channelId) ?? Promise.resolve();
      queues.set(channelId, turnTaken);
      return previous.then(() =>
        waitTurn(channelId, (markSent) => {
          started();
          return send(markSent);
        }),
      );
    },
  };
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
