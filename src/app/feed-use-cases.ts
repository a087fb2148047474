import type { FeedProbe } from '../ingest/probe-feed';
import type { AsyncFeedRepository } from '../store/async/async-store';
import type { ChannelFeed } from '../store/feed-repository';

/** A channel following hundreds of feeds is a mistake or abuse; each poll costs fetches. */
const MAX_FEEDS_PER_CHANNEL = 25;

type FeedSubscription =
  /** `title`: the feed's own, when it was read on the way in. */
  | { kind: 'created' | 'existing'; feed: ChannelFeed; title?: string }
  | { kind: 'limit'; limit: number }
  /** The address was read and is not a feed that can be followed; nothing was stored. */
  | { kind: 'unreadable'; reason: string; feedLink?: string };

/** RSS/Atom feeds followed per channel (the poller ingests them; the digest announces them). */
export interface FeedUseCases {
  /** `url` is already normalised and checked as http(s). */
  subscribe(input: { url: string; channelId: string; addedBy: string }): Promise<FeedSubscription>;
  list(channelId: string): Promise<ChannelFeed[]>;
  unsubscribe(channelId: string, feedId: number): Promise<boolean>;
}

/** `probe` reads a new feed once before it is followed; without one, any address is followed. */
export function createFeedUseCases(feeds: AsyncFeedRepository, probe?: FeedProbe): FeedUseCases {
  return {
    async subscribe(input) {
      const here = await feeds.listForChannel(input.channelId);
      const already = here.find((f) => f.url === input.url);
      if (already) return { kind: 'existing', feed: already };
      if (here.length >= MAX_FEEDS_PER_CHANNEL) return { kind: 'limit', limit: MAX_FEEDS_PER_CHANNEL };
      const read = await probe?.(input.url);
      if (read && !read.ok) return { kind: 'unreadable', reason: read.reason, feedLink: read.feedLink };
      const { feed, created } = await feeds.subscribe(input);
      return { kind: created ? 'created' : 'existing', feed, ...(read?.ok && read.title ? { title: read.title } : {}) };
    },
    list: (channelId) => feeds.listForChannel(channelId),
    unsubscribe: (channelId, feedId) => feeds.unsubscribe(channelId, feedId),
  };
}
