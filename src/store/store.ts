import type { ArticleRepository } from './article-repository';
import type { ConversationRepository } from './conversation-repository';
import type { FeedRepository } from './feed-repository';
import type { LlmCacheRepository } from './llm-cache-repository';
import type { ScheduleRepository } from './schedule-repository';

/**
 * Spacing of posts per channel shared by every process (Slack allows about one message a second
 * per channel): each caller reserves its own instant, at least `intervalMs` after the previous
 * reservation, and posts when it comes.
 */
export interface PostSlotRepository {
  /** The instant (ISO) at which this caller may post to the channel; never before `now`. */
  reserve(channelId: string, now: string, intervalMs: number): string;
}

/**
 * Everything newsbrief persists. Each part is its own repository so features can grow the
 * store without touching each other; the SQLite implementation is the default.
 */
export interface Store {
  articles: ArticleRepository;
  conversations: ConversationRepository;
  /** Verified model analyses per (article hash, model, prompt version); see src/llm. */
  llmCache: LlmCacheRepository;
  /** Follow-ups and digests, their per-slot claims and resolved questions; see src/scheduler. */
  schedules: ScheduleRepository;
  /** Followed RSS/Atom feeds, their poll state and ingested items; see src/ingest/feed-poller. */
  feeds: FeedRepository;
  /** Per-channel post instants shared by every process on the database; see src/scheduler/channel-rate-limiter. */
  postSlots: PostSlotRepository;
  close(): void;
}
