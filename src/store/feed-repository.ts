/** A polled RSS/Atom feed; one row per URL however many channels follow it. */
export interface Feed {
  id: number;
  url: string;
  /** From the feed itself (untrusted text); null until the first successful poll. */
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** Consecutive failed polls; drives the backoff. */
  failureCount: number;
  lastError: string | null;
  nextPollAt: string;
  createdAt: string;
}

export interface ChannelFeed extends Feed {
  channelId: string;
  addedBy: string;
  subscribedAt: string;
  /** Items of this feed given up after days of failed retries, so the newsroom sees the loss. */
  givenUpItems: number;
}

/** 'gave_up': its page kept failing through days of backed-off retries; a new version of the item is tried again. */
type FeedItemOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed' | 'gave_up';

/**
 * Where a feed item stands: done when it has an article, was skipped, or was given up; an
 * ingested item whose story was deleted is done for good (see poll-feed).
 */
export interface FeedItemState {
  articleId: number | null;
  outcome: FeedItemOutcome | null;
  /** The item's updated/published mark when last ingested; a new mark means a new version. */
  version: string | null;
  attempts: number;
  /** When the item first appeared: the start of a failing item's back-off schedule. */
  firstSeenAt: string;
}

interface FeedItemRecord {
  articleId: number | null;
  outcome: FeedItemOutcome;
  version: string | null;
  error?: string | null;
  at: string;
}

/** A story that arrived through a feed the channel follows (for that channel's digest). */
export interface NewFeedItem {
  articleId: number;
  title: string;
  url: string | null;
  feedId: number;
  feedTitle: string | null;
  feedUrl: string;
  outcome: 'created' | 'updated' | 'unchanged';
  ingestedAt: string;
}

export interface FeedRepository {
  /** Follows a feed in a channel; `created` is false when the channel already followed it. */
  subscribe(input: { url: string; channelId: string; addedBy: string }): { feed: ChannelFeed; created: boolean };
  unsubscribe(channelId: string, feedId: number): boolean;
  listForChannel(channelId: string): ChannelFeed[];
  get(feedId: number): Feed | undefined;
  /**
   * Feeds somebody follows whose next poll time has come, most overdue first. Now is the store's
   * clock, so no caller's time is taken: SQLite (one machine) reads the clock it was opened with;
   * PostgreSQL, shared by replicas whose clocks may differ, its own, and keeps every next-poll
   * time on it.
   */
  dueForPoll(limit?: number): Feed[];
  /**
   * `at` and `nextPollAt` are on the caller's clock; a store with its own (PostgreSQL) keeps the
   * distance between them and times the next poll from its clock.
   */
  recordPollSuccess(
    feedId: number,
    poll: { etag: string | null; lastModified: string | null; title: string | null; at: string; nextPollAt: string },
  ): void;
  recordPollFailure(feedId: number, poll: { error: string; at: string; nextPollAt: string }): void;
  itemState(feedId: number, itemKey: string): FeedItemState | undefined;
  /** Upserts the item; a 'failed' record counts an attempt, any other resets the count. */
  recordItem(feedId: number, itemKey: string, record: FeedItemRecord): void;
  /** Stories ingested from the channel's feeds at or after `isoTime`, oldest first, one per article. */
  newItemsSince(channelId: string, isoTime: string): NewFeedItem[];
}
