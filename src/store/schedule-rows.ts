import type { FailureKind, Schedule, SlotClaim } from './schedule-repository';
import { owedFromOf } from './schedule-statements';

/*
 * The schedules and slot_claims rows as both stores' drivers return them, and what the app reads of them: one mapping,
 * so a column added to one store is read the same on the other. `B` is how a driver gives a boolean column
 * (PostgreSQL a boolean, SQLite 0 or 1); each store reads its own and passes the value in.
 */

export interface ScheduleRow<B> {
  id: number;
  channel_id: string;
  kind: 'follow' | 'digest';
  article_id: number | null;
  query: string | null;
  time: string;
  timezone: string;
  enabled: B;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: string;
  owed_from: string | null;
}

export interface ClaimRow<B> {
  schedule_id: number;
  slot: string;
  state: SlotClaim['state'];
  owner: string | null;
  lease_until: string | null;
  attempts: number;
  retry_at: string | null;
  late: B;
  last_error: string | null;
  /** Null in rows imported from an export made before the column existed: read as an ordinary failure. */
  failure_kind: FailureKind | null;
  message_ref: string | null;
  updated_at: string;
  /** Null only in rows imported from an export made before the column existed. */
  first_attempt_at: string | null;
}

/** A schedule from its row; `enabled` read by the store from its boolean column. */
export function scheduleOf<B>(row: ScheduleRow<B>, enabled: boolean): Schedule {
  return {
    id: row.id,
    channelId: row.channel_id,
    kind: row.kind,
    articleId: row.article_id,
    query: row.query,
    time: row.time,
    timezone: row.timezone,
    enabled,
    disabledReason: row.disabled_reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    owedFrom: owedFromOf(row),
  };
}

/** A slot claim from its row; `late` read by the store from its boolean column. */
export function claimOf<B>(row: ClaimRow<B>, late: boolean): SlotClaim {
  return {
    scheduleId: row.schedule_id,
    slot: row.slot,
    state: row.state,
    owner: row.owner,
    leaseUntil: row.lease_until,
    attempts: row.attempts,
    retryAt: row.retry_at,
    late,
    lastError: row.last_error,
    failureKind: row.failure_kind,
    messageRef: row.message_ref,
    updatedAt: row.updated_at,
    firstAttemptAt: row.first_attempt_at ?? row.updated_at,
  };
}
