import { randomUUID } from 'node:crypto';
import type { AsyncScheduleRepository } from '../async/async-store';
import type { NewSchedule, NotOwedOnMove, SavedSchedule, Schedule, SlotClaim } from '../schedule-repository';
import { type ClaimRow as ClaimRowOf, claimOf, type ScheduleRow as ScheduleRowOf, scheduleOf } from '../schedule-rows';
import { CLAIM_COLUMNS, numberedPlaceholders, scheduleStatements } from '../schedule-statements';
import { fromDatabaseNow } from './from-database-now';
import type { PgDb } from './postgres-database';

export interface PostgresScheduleRepositoryOptions {
  now?: () => Date;
}

type ScheduleRow = ScheduleRowOf<boolean>;
type ClaimRow = ClaimRowOf<boolean>;

/**
 * How often save() tries again when the schedule that stopped its insert is gone before it can
 * be locked. Each try needs another connection to commit a removal in between, so this bounds
 * a fight with a loop of commands, not ordinary contention.
 */
export const SAVE_ATTEMPTS = 10;

const SCHEDULE_COLUMNS =
  'id, channel_id, kind, article_id, query, time, timezone, enabled, disabled_reason, created_by, created_at, owed_from';
/** The statements both stores share, with PostgreSQL's numbered placeholders. */
const sql = Object.fromEntries(
  Object.entries(scheduleStatements).map(([name, text]) => [name, numberedPlaceholders(text)]),
) as Record<keyof typeof scheduleStatements, string>;

export function createPostgresScheduleRepository(
  db: PgDb,
  options: PostgresScheduleRepositoryOptions = {},
): AsyncScheduleRepository {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const schedule = (id: number) => scheduleOn(db, id);
  const claim = async (sql: string, params: unknown[]) => {
    const result = await db.query<ClaimRow>(sql, params);
    return result.rows[0] ? toClaim(result.rows[0]) : undefined;
  };

  /** Under a lost reply the transaction runs again: it then finds its own row and moves it (a no-op). */
  const save = (s: NewSchedule, notOwed?: NotOwedOnMove) =>
    db.tx(async (tx): Promise<SavedSchedule> => {
      const at = s.createdAt ?? now();
      // The row that stopped the insert may be removed before it is locked: then the insert is
      // tried again, as often as another connection keeps removing the row in between.
      for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
        // The insert waits for a concurrent one of the same key to commit, and then does nothing.
        const inserted = await tx.query<ScheduleRow>(
          `INSERT INTO schedules (channel_id, kind, article_id, query, time, timezone, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING ${SCHEDULE_COLUMNS}`,
          [s.channelId, s.kind, s.articleId ?? null, s.query ?? null, s.time, s.timezone, s.createdBy ?? null, at],
        );
        if (inserted.rows[0]) return { schedule: toSchedule(inserted.rows[0]) };
        // A new statement sees the row that won (read committed); the lock holds it until commit.
        const existing = await tx.query<ScheduleRow>(`${sql.sameSchedule} FOR UPDATE`, [
          s.channelId,
          s.kind,
          s.articleId ?? null,
        ]);
        const row = existing.rows[0];
        if (!row) continue;
        await tx.query(sql.moveSchedule, [
          s.time,
          s.timezone,
          true,
          at,
          s.time,
          s.timezone,
          true,
          s.query ?? null,
          row.id,
        ]);
        const moved = { schedule: (await scheduleOn(tx, row.id))!, previous: toSchedule(row) };
        // Upserts that do nothing on a slot already claimed, so a repeated transaction repeats them harmlessly.
        for (const slot of notOwed?.slots(moved) ?? [])
          await tx.query(sql.markSkipped, [row.id, slot, notOwed!.reason, at]);
        return moved;
      }
      throw new Error(
        `the ${s.kind} schedule of ${s.channelId} was removed ${SAVE_ATTEMPTS} times while it was being saved: nothing was saved, try again`,
      );
    });

  return {
    save,
    create: async (s) => (await save(s)).schedule,
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
      await db.query(sql.setTime, [time, timezone, id]);
      return schedule(id);
    },
    async setEnabled(id, enabled, reason = null) {
      await db.query(sql.setEnabled, [enabled, enabled ? null : reason, id]);
    },
    async disableChannel(channelId, reason) {
      return (await db.query(sql.disableChannel, [false, reason, channelId, true])).rowCount;
    },
    async remove(id) {
      return (await db.query(sql.remove, [id])).rowCount === 1;
    },

    /**
     * One statement: a new row, or (on the unique key's conflict) taking over an expired lease or
     * a failed slot whose retry time has come. PostgreSQL locks the conflicting row and
     * re-checks the WHERE on its latest version, so of two replicas exactly one gets a row back.
     * Leases and retry times are written and compared on the database's clock, so a replica whose
     * clock runs ahead cannot find a live lease expired; the caller's time is only recorded
     * (updated_at, first_attempt_at: when this replica's cron maths tried the slot).
     */
    async claimSlot(r) {
      const token = randomUUID();
      const won = await claim(
        `INSERT INTO schedule_claims AS c
           (schedule_id, slot, state, owner, lease_until, attempts, late, updated_at, claim_token, first_attempt_at)
         VALUES ($1, $2, 'claimed', $3, ${fromDatabaseNow('$4')}, 1, $5, $6, $7, $6)
         ON CONFLICT (schedule_id, slot) DO UPDATE SET state = 'claimed', owner = excluded.owner,
           lease_until = excluded.lease_until, attempts = c.attempts + 1, late = excluded.late,
           updated_at = excluded.updated_at, claim_token = excluded.claim_token
         WHERE (c.state = 'claimed' AND c.lease_until < now()) OR
               (c.state = 'failed' AND c.retry_at IS NOT NULL AND c.retry_at <= now() AND c.attempts < $8)
         RETURNING ${CLAIM_COLUMNS}`,
        [r.scheduleId, r.slot, r.owner, r.leaseMs, r.late, r.now, token, r.maxAttempts],
      );
      if (won) return won;
      // A retry after a lost reply finds its own token: the claim is ours after all.
      return claim(
        `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = $1 AND slot = $2 AND claim_token = $3
           AND state = 'claimed'`,
        [r.scheduleId, r.slot, token],
      );
    },
    // The caller's time is not used for the lease: it runs on the database's clock (claimSlot).
    async renewLease(scheduleId, slot, owner, _at, leaseMs) {
      const renewed = await db.query(
        `UPDATE schedule_claims SET lease_until = ${fromDatabaseNow('$1')}
         WHERE schedule_id = $2 AND slot = $3 AND owner = $4 AND state = 'claimed'`,
        [leaseMs, scheduleId, slot, owner],
      );
      return renewed.rowCount === 1;
    },
    async markDelivered(scheduleId, slot, owner, messageRef, at) {
      return (await db.query(sql.markDelivered, [messageRef, at, scheduleId, slot, owner])).rowCount === 1;
    },
    // The retry time on the database's clock, like the lease (no retry: NULL stays NULL).
    async markFailed(scheduleId, slot, owner, error, retryAfterMs, at, kind = null) {
      const failed = await db.query(
        `UPDATE schedule_claims SET state = 'failed', last_error = $1, failure_kind = $2, retry_at = ${fromDatabaseNow('$3')},
           lease_until = NULL, updated_at = $4
         WHERE schedule_id = $5 AND slot = $6 AND owner = $7 AND state = 'claimed'`,
        [error, kind, retryAfterMs, at, scheduleId, slot, owner],
      );
      return failed.rowCount === 1;
    },
    async markSkipped(scheduleId, slot, reason, at) {
      return (await db.query(sql.markSkipped, [scheduleId, slot, reason, at])).rowCount === 1;
    },
    getClaim: (scheduleId, slot) => claim(sql.getClaim, [scheduleId, slot]),
    async claimsSince(scheduleId, sinceSlot) {
      return (await db.query<ClaimRow>(sql.claimsSince, [scheduleId, sinceSlot])).rows.map(toClaim);
    },
    lastDelivered: (scheduleId) => claim(sql.lastDelivered, [scheduleId]),
    async databaseNow() {
      // Parsed to ISO like every timestamp column (newsbriefTypes).
      return (await db.query<{ now: string }>('SELECT now() AS now')).rows[0]!.now;
    },
    async resolveQuestion(articleId, questionKey, resolvedBy) {
      return (await db.query(sql.resolveQuestion, [articleId, questionKey, resolvedBy, now()])).rowCount === 1;
    },
    async resolvedQuestions(articleId) {
      const result = await db.query<{ question_key: string }>(sql.resolvedQuestions, [articleId]);
      return result.rows.map((r) => r.question_key);
    },
  };
}

async function scheduleOn(db: PgDb, id: number): Promise<Schedule | undefined> {
  const result = await db.query<ScheduleRow>(`SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE id = $1`, [id]);
  return result.rows[0] ? toSchedule(result.rows[0]) : undefined;
}

function toSchedule(row: ScheduleRow): Schedule {
  return scheduleOf(row, row.enabled);
}

function toClaim(row: ClaimRow): SlotClaim {
  return claimOf(row, row.late);
}
