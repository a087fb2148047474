import type { ArticleRepository } from '../article-repository';
import type { ConversationRepository } from '../conversation-repository';
import type { Feed, FeedRepository } from '../feed-repository';
import type { LlmCacheRepository } from '../llm-cache-repository';
import type { ScheduleRepository } from '../schedule-repository';

/**
 * The same methods as a synchronous repository, each returning a Promise. Derived from the sync
 * interfaces so the two contracts cannot drift apart: a method added there appears here.
 */
export type Promised<R> = {
  [K in keyof R]: R[K] extends (...args: infer A) => infer T ? (...args: A) => Promise<Awaited<T>> : never;
};

export type AsyncArticleRepository = Promised<ArticleRepository>;
export type AsyncConversationRepository = Promised<ConversationRepository>;
export type AsyncLlmCacheRepository = Promised<LlmCacheRepository>;
export type AsyncScheduleRepository = Promised<ScheduleRepository>;

export interface AsyncFeedRepository extends Promised<FeedRepository> {
  /**
   * Due feeds taken for this poller: their next poll moves `leaseMs` past now, so a replica asking
   * at the same moment gets other feeds (rows another transaction is taking are skipped, not
   * waited for). The poll's own success/failure record then sets the real next time; a poller
   * that dies leaves the feed due again once the lease passes. Feeds in `exceptIds` (polled
   * already in this pass) are neither returned nor leased. Now is the store's clock, as for
   * `dueForPoll`: SQLite's the one it was opened with (one machine), PostgreSQL's own, so a
   * replica whose clock runs ahead cannot find a feed another replica holds due again.
   */
  leaseDueForPoll(leaseMs: number, limit?: number, exceptIds?: readonly number[]): Promise<Feed[]>;
}

/**
 * Spacing of posts per channel shared by every replica (Slack allows about one message a second
 * per channel): each caller reserves its own instant, at least `intervalMs` after the previous
 * reservation, and posts when it comes.
 */
export interface ChannelPostSlots {
  /** The instant (ISO) at which this caller may post to the channel; never before `now`. */
  reserve(channelId: string, now: string, intervalMs: number): Promise<string>;
}

/** Every repository of the store, bound to one connection or transaction. */
export interface AsyncRepositories {
  articles: AsyncArticleRepository;
  conversations: AsyncConversationRepository;
  llmCache: AsyncLlmCacheRepository;
  schedules: AsyncScheduleRepository;
  feeds: AsyncFeedRepository;
  postSlots: ChannelPostSlots;
}

/** The asynchronous store: SQLite through an adapter, or PostgreSQL shared by replicas. */
export interface AsyncStore extends AsyncRepositories {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * The SQLite file (or its folder) cannot be written by this user: briefs and answers are served,
   * but nothing can be stored. Commands that exist to store refuse such a store up front.
   */
  readonly readOnly?: boolean;
  /**
   * Runs `work` in one transaction: everything it writes through `tx` commits together, or
   * nothing does when it throws. Calls on the store itself are not part of it.
   */
  transaction<T>(work: (tx: AsyncRepositories) => Promise<T>): Promise<T>;
  /** Resolves when the database answers (health checks). */
  ping(): Promise<void>;
  /** Waits for calls in flight, then closes; closing twice is harmless. */
  close(): Promise<void>;
}
