/**
 * Schedules are data: what to post where and when. Claims make each (schedule, slot) post at most
 * once across processes and restarts; a lease lets a crashed claim be retried later.
 */
type ScheduleKind = 'follow' | 'digest';

export interface Schedule {
  id: number;
  channelId: string;
  kind: ScheduleKind;
  /** The followed article (follow only). */
  articleId: number | null;
  /** What the user typed to follow the story (follow only). */
  query: string | null;
  /** "HH:MM", 24-hour, in `timezone`. */
  time: string;
  /** IANA zone, e.g. "Europe/London". */
  timezone: string;
  enabled: boolean;
  /** Why it was disabled (e.g. "channel gone: not_in_channel"), null when enabled. */
  disabledReason: string | null;
  createdBy: string | null;
  /** When the schedule was made: a follow-up's first post reports the news from here. */
  createdAt: string;
  /**
   * Slots at or before it are never owed: when the schedule was made, or last moved to another
   * time or switched back on by a command. Kept apart from createdAt so a follow moved before its
   * first post still reports the news since it began.
   */
  owedFrom: string;
}

export interface NewSchedule {
  channelId: string;
  kind: ScheduleKind;
  articleId?: number | null;
  query?: string | null;
  time: string;
  timezone: string;
  createdBy?: string | null;
  /** Defaults to the store clock. Slots before it are never posted; moving a schedule owes from here. */
  createdAt?: string;
}

type ClaimState = 'claimed' | 'delivered' | 'failed' | 'skipped';

/**
 * Why a failed slot was given up, when the bot must say more than "it failed":
 * 'outcome-unknown' = an attempt may have posted it and the bot could not check, so it was not
 * posted again (an editor should look for it in the channel).
 */
export type FailureKind = 'outcome-unknown';

export interface SlotClaim {
  scheduleId: number;
  /** The slot instant, ISO UTC: the identity of one daily run. */
  slot: string;
  state: ClaimState;
  /** Who holds (or last held) the claim: process id + random, for logs and fencing. */
  owner: string | null;
  /** A 'claimed' row whose lease has passed (on the store's clock) is presumed crashed and may be claimed again. */
  leaseUntil: string | null;
  /** How many times the slot was claimed (1 = first try). */
  attempts: number;
  /** A failed slot is not retried before this time (on the store's clock). */
  retryAt: string | null;
  /** Posted noticeably after its slot (catch-up after downtime). */
  late: boolean;
  lastError: string | null;
  /** A failure the bot words specially (null for an ordinary error, and before it failed). */
  failureKind: FailureKind | null;
  messageRef: string | null;
  updatedAt: string;
  /**
   * When the slot was first claimed, set once: reclaims and failures leave it. A retry looks for
   * an earlier attempt's post from here (a `tick --at` rehearsal may have posted long before).
   */
  firstAttemptAt: string;
}

export interface ClaimRequest {
  scheduleId: number;
  slot: string;
  owner: string;
  /**
   * Caller's clock, ISO: recorded as the attempt's time (updatedAt, and firstAttemptAt on a new
   * row). SQLite (one machine, one clock) also times leases and retries from it; PostgreSQL, shared
   * by replicas whose clocks may differ, times them on its own clock only.
   */
  now: string;
  /** How long the claim is held from now on the store's clock (SQLite: `now`; PostgreSQL: its own). */
  leaseMs: number;
  late: boolean;
  /** A failed slot is not claimed again after this many attempts. */
  maxAttempts: number;
}

/** What `save` did: the schedule as it now is, and the channel's one it moved, as it was, if any. */
export interface SavedSchedule {
  schedule: Schedule;
  /** The channel already had this schedule: it was moved to the new time and re-enabled. */
  previous?: Schedule;
}

/**
 * Slots a move records as not owed ('skipped' with `reason`), written in the move's own
 * transaction: a move that committed without them would leave them owed to whoever still reads
 * the older columns (a replica on the code before owed_from posts from created_at).
 */
export interface NotOwedOnMove {
  reason: string;
  /** Called inside the transaction with the schedule as moved and as it was; ISO slots. */
  slots(moved: Required<SavedSchedule>): string[];
}

export interface ScheduleRepository {
  /**
   * A channel has one digest and one follow-up per story (the database's unique keys): when it
   * already has the one asked for, that one is moved to the new time and re-enabled instead, in
   * one step, so two commands at once leave one schedule. A follow-up of a deleted story (no
   * story id) is always new. A move records the slots `notOwed` names as skipped in the same
   * transaction (at the move's createdAt): both commit, or neither.
   */
  save(schedule: NewSchedule, notOwed?: NotOwedOnMove): SavedSchedule;
  /** `save` without what it replaced. */
  create(schedule: NewSchedule): Schedule;
  get(id: number): Schedule | undefined;
  /** Oldest first. */
  list(filter?: { channelId?: string; enabledOnly?: boolean; kind?: ScheduleKind }): Schedule[];
  setTime(id: number, time: string, timezone: string): Schedule | undefined;
  setEnabled(id: number, enabled: boolean, reason?: string | null): void;
  /** Disables every enabled schedule of a channel; returns how many. */
  disableChannel(channelId: string, reason: string): number;
  /** Deletes the schedule and its claims. */
  remove(id: number): boolean;

  /**
   * Atomically takes the slot: a new row, or an expired 'claimed' lease, or a 'failed' row whose
   * retry time has come and attempts remain. Returns the claim, or undefined if someone else has it
   * (or it is delivered/skipped). Safe across processes sharing the database.
   */
  claimSlot(request: ClaimRequest): SlotClaim | undefined;
  /**
   * Extends a claim still held by `owner` (state 'claimed') to `leaseMs` from now on the store's
   * clock (as in ClaimRequest); false means it was lost to another process after the lease ran
   * out, so the caller must not post.
   */
  renewLease(scheduleId: number, slot: string, owner: string, now: string, leaseMs: number): boolean;
  /** Only the current owner of a 'claimed' row can finish it; false means the claim was lost. */
  markDelivered(scheduleId: number, slot: string, owner: string, messageRef: string, now: string): boolean;
  /**
   * The slot may be claimed again `retryAfterMs` from now on the store's clock (as in
   * ClaimRequest), or never when it is null.
   */
  markFailed(
    scheduleId: number,
    slot: string,
    owner: string,
    error: string,
    retryAfterMs: number | null,
    now: string,
    kind?: FailureKind | null,
  ): boolean;
  /** Records a slot deliberately not posted (too old to catch up); false if it already has a row. */
  markSkipped(scheduleId: number, slot: string, reason: string, now: string): boolean;
  getClaim(scheduleId: number, slot: string): SlotClaim | undefined;
  /** Claims of a schedule with slot >= sinceSlot (ISO), oldest first. */
  claimsSince(scheduleId: number, sinceSlot: string): SlotClaim[];
  lastDelivered(scheduleId: number): SlotClaim | undefined;
  /**
   * The database's own clock (ISO) where it runs on another machine than its callers (PostgreSQL),
   * undefined where it shares this process's clock (SQLite). PostgreSQL times leases and retries on
   * it; when a slot falls due is still the caller's cron maths, so the scheduler warns at start when
   * the two clocks differ by a good part of a lease.
   */
  databaseNow(): string | undefined;

  /** `/brief resolve`: questions (by normalised text) that follow-ups stop asking. */
  resolveQuestion(articleId: number, questionKey: string, resolvedBy: string | null): boolean;
  /** Oldest resolution first; questions resolved at the same moment in key order. */
  resolvedQuestions(articleId: number): string[];
}
