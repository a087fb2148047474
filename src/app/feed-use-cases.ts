import type { AsyncFeedRepository } from '../store/async/async-store';
import type { ChannelFeed } from '../store/feed-repository';

/** A channel following hundreds of feeds is a mistake or abuse; each poll costs fetches. */
const MAX_FEEDS_PER_CHANNEL = 25;

type FeedSubscription = { kind: 'created' | 'existing'; feed: ChannelFeed } | { kind: 'limit'; limit: number };

/** RSS/Atom feeds followed per channel (the poller ingests them; the digest announces them). */
export interface FeedUseCases {
  /** `url` is already normalised and checked as http(s). */
  subscribe(input: { url: string; channelId: string; addedBy: string }): Promise<FeedSubscription>;
  list(channelId: string): Promise<ChannelFeed[]>;
  unsubscribe(channelId: string, feedId: number): Promise<boolean>;
}

export function createFeedUseCases(feeds: AsyncFeedRepository): FeedUseCases {
  return {
    async subscribe(input) {
      const here = await feeds.listForChannel(input.channelId);
      const already = here.find((f) => f.url === input.url);
      if (already) return { kind: 'existing', feed: already };
      if (here.length >= MAX_FEEDS_PER_CHANNEL) return { kind: 'limit', limit: MAX_FEEDS_PER_CHANNEL };
      const { feed, created } = await feeds.subscribe(input);
      return { kind: created ? 'created' : 'existing', feed };
    },
    list: (channelId) => feeds.listForChannel(channelId),
    unsubscribe: (channelId, feedId) => feeds.unsubscribe(channelId, feedId),
  };
}
