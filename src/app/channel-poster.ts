import type { Reply } from './reply';

/** Where a posted message landed; `threadRef` is what thread replies will carry. */
export interface PostedMessage {
  channelId: string;
  messageRef: string;
  threadRef: string;
}

/**
 * Identifies one scheduled slot's post on the platform, so a post whose outcome is unknown (a
 * timeout after sending) is found or deduplicated instead of posted again.
 */
export interface ScheduledPostKey {
  /** At most 25 characters (Discord's nonce limit), the same for every attempt at the slot. */
  key: string;
  /** The schedule ("s3" to readers): Discord posts show it, so a retry can recognise its post. */
  scheduleId: number;
  /** The slot (epoch ms). */
  slotMs: number;
  /**
   * No post for this slot is older than this: the slot itself, or the moment delivery began when
   * that was earlier (a `tick --at` rehearsal posts before its slot).
   */
  earliestMs: number;
}

/** The key for (schedule, slot): "nb<schedule id>-<slot minute in base 36>". */
export function scheduledPostKey(scheduleId: number, slotMs: number, startedMs: number): ScheduledPostKey {
  return {
    key: `nb${scheduleId}-${Math.floor(slotMs / 60_000).toString(36)}`,
    scheduleId,
    slotMs,
    earliestMs: Math.min(slotMs, startedMs),
  };
}

/**
 * How the scheduler (and anything else not answering a user) posts to a channel. Each platform
 * provides one for its own channel ids ("slack:C123", "discord:456", "console:terminal").
 */
export interface ChannelPoster {
  /** The channel-id prefix this poster serves, e.g. "slack". */
  platform: string;
  /** With `scheduled`, the post carries the key (Slack metadata, Discord nonce). */
  post(channelId: string, reply: Reply, scheduled?: ScheduledPostKey): Promise<PostedMessage>;
  /**
   * The post made earlier with this key, if the platform has it. Asked before posting again when
   * an earlier attempt's outcome is unknown; posters whose platform deduplicates do without.
   * `reply` is what that attempt posted: a poster can finish what it left undone (a thread).
   */
  findScheduled?(channelId: string, scheduled: ScheduledPostKey, reply?: Reply): Promise<PostedMessage | undefined>;
  /**
   * How long the platform itself answers a repeat of a scheduled post's key with the post already
   * made (Discord's enforced nonce): a retry within it needs no `findScheduled`. Unset: none.
   */
  dedupeWindowMs?: number;
}

/** Raised by a poster when the platform says the channel is gone or the bot was removed. */
export class ChannelGoneError extends Error {
  readonly code = 'channel_gone';
  constructor(
    readonly channelId: string,
    detail: string,
  ) {
    super(`channel ${channelId} is not reachable: ${detail}`);
  }
}

/** How a slot given up on a PostOutcomeUnknownError starts its recorded error. */
export const OUTCOME_UNKNOWN = 'outcome unknown, not posted again';

/**
 * Raised by `findScheduled` when it cannot tell whether the slot's post exists (the channel had
 * more messages since the slot than a lookup may read, or the platform failed while it looked).
 * `final`: looking again cannot decide either, so the slot must be given up (not posted blind,
 * which could post it twice); otherwise the attempt fails and the slot is retried later.
 */
export class PostOutcomeUnknownError extends Error {
  readonly code = 'post_outcome_unknown';
  constructor(
    detail: string,
    readonly final: boolean,
  ) {
    super(detail);
  }
}

/**
 * Raised by `post` when the platform says this slot's post was made earlier and has since been
 * deleted (Discord answering a repeated nonce with Unknown Message): it was delivered once, and
 * posting it again would undo a moderator's decision.
 */
export class ScheduledPostDeletedError extends Error {
  readonly code = 'scheduled_post_deleted';
  constructor(readonly channelId: string) {
    super(`the post for this slot was made in ${channelId} and has since been deleted there`);
  }
}
