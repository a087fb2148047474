/**
 * Spaces posts to one channel at least `intervalMs` apart (Slack allows about one message per
 * second per channel); different channels do not wait for each other.
 */
export interface ChannelRateLimiter {
  /** Resolves when this channel may post; reserves the turn. */
  acquire(channelId: string): Promise<void>;
}

export interface ChannelRateLimiterOptions {
  intervalMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export function createChannelRateLimiter(options: ChannelRateLimiterOptions): ChannelRateLimiter {
  const nextFree = new Map<string, number>();
  return {
    async acquire(channelId) {
      const now = options.now();
      const at = Math.max(now, nextFree.get(channelId) ?? 0);
      // Reserve before waiting, so concurrent callers queue behind each other.
      nextFree.set(channelId, at + options.intervalMs);
      if (at > now) await options.sleep(at - now);
    },
  };
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
