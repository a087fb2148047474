import { randomUUID } from 'node:crypto';
import type { AsyncScheduleRepository } from '../async/async-store';
import type { Schedule, SlotClaim } from '../schedule-repository';
import type { PgDb } from './postgres-database';

export interface PostgresScheduleRepositoryOptions {
  now?: () => Date;
}

interface ScheduleRow {
  id: number;
  channel_id: string;
  kind: 'follow' | 'digest';
  article_id: number | null;
  query: string | null;
  time: string;
  timezone: string;
  enabled: boolean;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: string;
}

interface ClaimRow {
  schedule_id: number;
  slot: string;
  state: SlotClaim['state'];
  owner: string | null;
  lease_until: string | null;
  attempts: number;
  retry_at: string | null;
  late: boolean;
  last_error: string | null;
  message_ref: string | null;
  updated_at: string;
  /** Null only in rows imported from an export made before the column existed. */
  first_attempt_at: string | null;
}

const SCHEDULE_COLUMNS =
  'id, channel_id, kind, article_id, query, time, timezone, enabled, disabled_reason, created_by, created_at';
const CLAIM_COLUMNS =
  'schedule_id, slot, state, owner, lease_until, attempts, retry_at, late, last_error, message_ref, updated_at, first_attempt_at';

export function createPostgresScheduleRepository(
  db: PgDb,
  options: PostgresScheduleRepositoryOptions = {},
): AsyncScheduleRepository {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const schedule = async (id: number) => {
    const result = await db.query<ScheduleRow>(`SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE id = $1`, [id]);
    return result.rows[0] ? toSchedule(result.rows[0]) : undefined;
  };
  const claim = async (sql: string, params: unknown[]) => {
    const result = await db.query<ClaimRow>(sql, params);
    return result.rows[0] ? toClaim(result.rows[0]) : undefined;
  };

  return {
    async create(s) {
      const result = await db.query<ScheduleRow>(
        `INSERT INTO schedules (channel_id, kind, article_id, query, time, timezone, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${SCHEDULE_COLUMNS}`,
        [
          s.channelId,
          s.kind,
          s.articleId ?? null,
          s.query ?? null,
          s.time,
          s.timezone,
          s.createdBy ?? null,
          s.createdAt ?? now(),
        ],
        // Sent twice after a lost reply, it would create the schedule twice: fail instead.
        { idempotent: false },
      );
      return toSchedule(result.rows[0]!);
    },
    get: schedule,
    async list(filter = {}) {
      const result = await db.query<ScheduleRow>(
        `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE ($1::text IS NULL OR channel_id = $1)
           AND ($2::text IS NULL OR kind = $2) AND (NOT $3 OR enabled) ORDER BY id`,
        [filter.channelId ?? null, filter.kind ?? null, filter.enabledOnly ?? false],
      );
      return result.rows.map(toSchedule);
    },
    async setTime(id, time, timezone) {
      await db.query('UPDATE schedules SET time = $1, timezone = $2 WHERE id = $3', [time, timezone, id]);
      return schedule(id);
    },
    async setEnabled(id, enabled, reason = null) {
      await db.query('UPDATE schedules SET enabled = $1, disabled_reason = $2 WHERE id = $3', [
        enabled,
        enabled ? null : reason,
        id,
      ]);
    },
    async disableChannel(channelId, reason) {
      const result = await db.query(
        'UPDATE schedules SET enabled = false, disabled_reason = $1 WHERE channel_id = $2 AND enabled',
        [reason, channelId],
      );
      return result.rowCount;
    },
    async remove(id) {
      return (await db.query('DELETE FROM schedules WHERE id = $1', [id])).rowCount === 1;
    },

    /**
     * One statement: a new row, or (on the unique key's conflict) taking over an expired lease or
     * a failed slot whose retry time has come. PostgreSQL locks the conflicting row and
     * re-checks the WHERE on its latest version, so of two replicas exactly one gets a row back.
     */
    async claimSlot(r) {
      const token = randomUUID();
      const leaseUntil = new Date(Date.parse(r.now) + r.leaseMs).toISOString();
      const won = await claim(
        `INSERT INTO schedule_claims AS c
           (schedule_id, slot, state, owner, lease_until, attempts, late, updated_at, claim_token, first_attempt_at)
         VALUES ($1, $2, 'claimed', $3, $4, 1, $5, $6, $7, $6)
         ON CONFLICT (schedule_id, slot) DO UPDATE SET state = 'claimed', owner = excluded.owner,
           lease_until = excluded.lease_until, attempts = c.attempts + 1, late = excluded.late,
           updated_at = excluded.updated_at, claim_token = excluded.claim_token
         WHERE (c.state = 'claimed' AND c.lease_until < $6) OR
               (c.state = 'failed' AND c.retry_at IS NOT NULL AND c.retry_at <= $6 AND c.attempts < $8)
         RETURNING ${CLAIM_COLUMNS}`,
        [r.scheduleId, r.slot, r.owner, leaseUntil, r.late, r.now, token, r.maxAttempts],
      );
      if (won) return won;
      // A retry after a lost reply finds its own token: the claim is ours after all.
      return claim(
        `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = $1 AND slot = $2 AND claim_token = $3
           AND state = 'claimed'`,
        [r.scheduleId, r.slot, token],
      );
    },
    async renewLease(scheduleId, slot, owner, leaseUntil) {
      const result = await db.query(
        `UPDATE schedule_claims SET lease_until = $1 WHERE schedule_id = $2 AND slot = $3 AND owner = $4 AND state = 'claimed'`,
        [leaseUntil, scheduleId, slot, owner],
      );
      return result.rowCount === 1;
    },
    async markDelivered(scheduleId, slot, owner, messageRef, at) {
      const result = await db.query(
        `UPDATE schedule_claims SET state = 'delivered', message_ref = $1, lease_until = NULL, last_error = NULL, updated_at = $2
         WHERE schedule_id = $3 AND slot = $4 AND owner = $5 AND state = 'claimed'`,
        [messageRef, at, scheduleId, slot, owner],
      );
      return result.rowCount === 1;
    },
    async markFailed(scheduleId, slot, owner, error, retryAt, at) {
      const result = await db.query(
        `UPDATE schedule_claims SET state = 'failed', last_error = $1, retry_at = $2, lease_until = NULL, updated_at = $3
         WHERE schedule_id = $4 AND slot = $5 AND owner = $6 AND state = 'claimed'`,
        [error, retryAt, at, scheduleId, slot, owner],
      );
      return result.rowCount === 1;
    },
    async markSkipped(scheduleId, slot, reason, at) {
      const result = await db.query(
        `INSERT INTO schedule_claims (schedule_id, slot, state, last_error, updated_at) VALUES ($1, $2, 'skipped', $3, $4)
         ON CONFLICT (schedule_id, slot) DO NOTHING`,
        [scheduleId, slot, reason, at],
      );
      return result.rowCount === 1;
    },
    getClaim: (scheduleId, slot) =>
      claim(`SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = $1 AND slot = $2`, [scheduleId, slot]),
    async claimsSince(scheduleId, sinceSlot) {
      const result = await db.query<ClaimRow>(
        `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = $1 AND slot >= $2 ORDER BY slot`,
        [scheduleId, sinceSlot],
      );
      return result.rows.map(toClaim);
    },
    lastDelivered: (scheduleId) =>
      claim(
        `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = $1 AND state = 'delivered' ORDER BY slot DESC LIMIT 1`,
        [scheduleId],
      ),
    async resolveQuestion(articleId, questionKey, resolvedBy) {
      const result = await db.query(
        `INSERT INTO resolved_questions (article_id, question_key, resolved_by, resolved_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (article_id, question_key) DO NOTHING`,
        [articleId, questionKey, resolvedBy, now()],
      );
      return result.rowCount === 1;
    },
    async resolvedQuestions(articleId) {
      const result = await db.query<{ question_key: string }>(
        'SELECT question_key FROM resolved_questions WHERE article_id = $1 ORDER BY resolved_at, question_key',
        [articleId],
      );
      return result.rows.map((r) => r.question_key);
    },
  };
}

function toSchedule(row: ScheduleRow): Schedule {
  return {
    id: row.id,
    channelId: row.channel_id,
    kind: row.kind,
    articleId: row.article_id,
    query: row.query,
    time: row.time,
    timezone: row.timezone,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toClaim(row: ClaimRow): SlotClaim {
  return {
    scheduleId: row.schedule_id,
    slot: row.slot,
    state: row.state,
    owner: row.owner,
    leaseUntil: row.lease_until,
    attempts: row.attempts,
    retryAt: row.retry_at,
    late: row.late,
    lastError: row.last_error,
    messageRef: row.message_ref,
    updatedAt: row.updated_at,
    firstAttemptAt: row.first_attempt_at ?? row.updated_at,
  };
}
