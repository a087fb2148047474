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
}

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
  const waitTurn = async <T>(channelId: string, send: (markSent: () => Promise<void>) => Promise<T>): Promise<T> => {
    // Measured from when the previous post actually went out, so a busy event loop that woke a
    // waiter late cannot squeeze the next post in early.
    const earliest = (lastPost.get(channelId) ?? -Infinity) + options.intervalMs;
    await waitUntil(earliest);
    lastPost.set(channelId, Math.max(options.now(), earliest));
    return send(async () => {
      if (options.slots) {
        // Another process may have posted here meanwhile: take the next shared instant.
        const reserved = await options.slots.reserve(
          channelId,
          new Date(options.now()).toISOString(),
          options.intervalMs,
        );
        await waitUntil(Date.parse(reserved));
      }
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
