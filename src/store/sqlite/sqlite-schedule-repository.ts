import type Database from 'better-sqlite3';
import type {
  ClaimRequest,
  NewSchedule,
  NotOwedOnMove,
  SavedSchedule,
  Schedule,
  ScheduleRepository,
  SlotClaim,
} from '../schedule-repository';
import { type ClaimRow as ClaimRowOf, claimOf, type ScheduleRow as ScheduleRowOf, scheduleOf } from '../schedule-rows';
import { scheduleStatements as sql } from '../schedule-statements';
import { scheduleMigrations } from './schedule-migrations';

export { scheduleMigrations };

export interface SqliteScheduleRepositoryOptions {
  now?: () => Date;
}

type ScheduleRow = ScheduleRowOf<number>;
type ClaimRow = ClaimRowOf<number>;

export function createSqliteScheduleRepository(
  db: Database.Database,
  options: SqliteScheduleRepositoryOptions = {},
): ScheduleRepository {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const insert = db.prepare(
    `INSERT INTO schedules (channel_id, kind, article_id, query, time, timezone, created_by, created_at)
     VALUES (@channelId, @kind, @articleId, @query, @time, @timezone, @createdBy, @createdAt)`,
  );
  const byId = db.prepare<[number], ScheduleRow>('SELECT * FROM schedules WHERE id = ?');
  const sameOne = db.prepare<[string, string, number | null], ScheduleRow>(sql.sameSchedule);
  const move = db.prepare(sql.moveSchedule);
  // One prepared statement per filter shape; NULL parameters mean "any".
  const listWhere = db.prepare<{ channelId: string | null; kind: string | null; enabledOnly: number }, ScheduleRow>(
    `SELECT * FROM schedules WHERE (@channelId IS NULL OR channel_id = @channelId)
       AND (@kind IS NULL OR kind = @kind) AND (@enabledOnly = 0 OR enabled = 1) ORDER BY id`,
  );
  const setTime = db.prepare(sql.setTime);
  const setEnabled = db.prepare(sql.setEnabled);
  const disableChannel = db.prepare(sql.disableChannel);
  const remove = db.prepare(sql.remove);

  // Claiming is one statement each, so SQLite's write lock makes it atomic across processes.
  const claimNew = db.prepare(
    `INSERT INTO schedule_claims (schedule_id, slot, state, owner, lease_until, attempts, late, updated_at, first_attempt_at)
     VALUES (@scheduleId, @slot, 'claimed', @owner, @leaseUntil, 1, @late, @now, @now)
     ON CONFLICT (schedule_id, slot) DO NOTHING`,
  );
  const reclaim = db.prepare(
    `UPDATE schedule_claims SET state = 'claimed', owner = @owner, lease_until = @leaseUntil,
       attempts = attempts + 1, late = @late, updated_at = @now
     WHERE schedule_id = @scheduleId AND slot = @slot AND (
       (state = 'claimed' AND lease_until < @now) OR
       (state = 'failed' AND retry_at IS NOT NULL AND retry_at <= @now AND attempts < @maxAttempts))`,
  );
  const getClaim = db.prepare<[number, string], ClaimRow>(sql.getClaim);
  const delivered = db.prepare(sql.markDelivered);
  // One machine, one clock: a lease or retry runs from the caller's now (PostgreSQL uses its own clock).
  const renew = db.prepare(
    `UPDATE schedule_claims SET lease_until = ? WHERE schedule_id = ? AND slot = ? AND owner = ? AND state = 'claimed'`,
  );
  const failed = db.prepare(
    `UPDATE schedule_claims SET state = 'failed', last_error = ?, failure_kind = ?, retry_at = ?, lease_until = NULL, updated_at = ?
     WHERE schedule_id = ? AND slot = ? AND owner = ? AND state = 'claimed'`,
  );
  const after = (now: string, ms: number) => new Date(Date.parse(now) + ms).toISOString();
  const skipped = db.prepare(sql.markSkipped);
  const since = db.prepare<[number, string], ClaimRow>(sql.claimsSince);
  const lastDelivered = db.prepare<[number], ClaimRow>(sql.lastDelivered);
  const resolve = db.prepare(sql.resolveQuestion);
  const resolved = db.prepare<[number], { question_key: string }>(sql.resolvedQuestions);

  const claimSlot = db.transaction((r: ClaimRequest): SlotClaim | undefined => {
    const params = {
      scheduleId: r.scheduleId,
      slot: r.slot,
      owner: r.owner,
      now: r.now,
      leaseUntil: after(r.now, r.leaseMs),
      late: r.late ? 1 : 0,
      maxAttempts: r.maxAttempts,
    };
    const won = claimNew.run(params).changes === 1 || reclaim.run(params).changes === 1;
    return won ? toClaim(getClaim.get(r.scheduleId, r.slot)!) : undefined;
  });

  const insertRow = (s: NewSchedule): Schedule => {
    const id = Number(
      insert.run({
        channelId: s.channelId,
        kind: s.kind,
        articleId: s.articleId ?? null,
        query: s.query ?? null,
        time: s.time,
        timezone: s.timezone,
        createdBy: s.createdBy ?? null,
        createdAt: s.createdAt ?? now(),
      }).lastInsertRowid,
    );
    return toSchedule(byId.get(id)!);
  };
  // Looked for and written under the write lock (IMMEDIATE), so no other process comes between.
  const save = db.transaction((s: NewSchedule, notOwed?: NotOwedOnMove): SavedSchedule => {
    const existing = sameOne.get(s.channelId, s.kind, s.articleId ?? null);
    if (!existing) return { schedule: insertRow(s) };
    const at = s.createdAt ?? now();
    move.run(s.time, s.timezone, 1, at, s.time, s.timezone, 1, s.query ?? null, existing.id);
    const moved = { schedule: toSchedule(byId.get(existing.id)!), previous: toSchedule(existing) };
    for (const slot of notOwed?.slots(moved) ?? []) skipped.run(existing.id, slot, notOwed!.reason, at);
    return moved;
  });

  return {
    save: (s, notOwed) => save.immediate(s, notOwed),
    create: (s) => save.immediate(s).schedule,
    get(id) {
      const row = byId.get(id);
      return row ? toSchedule(row) : undefined;
    },
    list(filter = {}) {
      return listWhere
        .all({
          channelId: filter.channelId ?? null,
          kind: filter.kind ?? null,
          enabledOnly: filter.enabledOnly ? 1 : 0,
        })
        .map(toSchedule);
    },
    setTime(id, time, timezone) {
      setTime.run(time, timezone, id);
      return this.get(id);
    },
    setEnabled(id, enabled, reason = null) {
      setEnabled.run(enabled ? 1 : 0, enabled ? null : reason, id);
    },
    disableChannel(channelId, reason) {
      return disableChannel.run(0, reason, channelId, 1).changes;
    },
    remove(id) {
      return remove.run(id).changes === 1;
    },
    // IMMEDIATE: take the write lock before reading, so the insert-or-reclaim pair is one step.
    claimSlot: (request) => claimSlot.immediate(request),
    renewLease(scheduleId, slot, owner, at, leaseMs) {
      return renew.run(after(at, leaseMs), scheduleId, slot, owner).changes === 1;
    },
    markDelivered(scheduleId, slot, owner, messageRef, at) {
      return delivered.run(messageRef, at, scheduleId, slot, owner).changes === 1;
    },
    markFailed(scheduleId, slot, owner, error, retryAfterMs, at, kind = null) {
      const retryAt = retryAfterMs === null ? null : after(at, retryAfterMs);
      return failed.run(error, kind, retryAt, at, scheduleId, slot, owner).changes === 1;
    },
    markSkipped(scheduleId, slot, reason, at) {
      return skipped.run(scheduleId, slot, reason, at).changes === 1;
    },
    getClaim(scheduleId, slot) {
      const row = getClaim.get(scheduleId, slot);
      return row ? toClaim(row) : undefined;
    },
    claimsSince(scheduleId, sinceSlot) {
      return since.all(scheduleId, sinceSlot).map(toClaim);
    },
    lastDelivered(scheduleId) {
      const row = lastDelivered.get(scheduleId);
      return row ? toClaim(row) : undefined;
    },
    // One file on one machine: the bot and the database read the same clock.
    databaseNow: () => undefined,
    resolveQuestion(articleId, questionKey, resolvedBy) {
      return resolve.run(articleId, questionKey, resolvedBy, now()).changes === 1;
    },
    resolvedQuestions(articleId) {
      return resolved.all(articleId).map((r) => r.question_key);
    },
  };
}

function toSchedule(row: ScheduleRow): Schedule {
  return scheduleOf(row, row.enabled === 1);
}

function toClaim(row: ClaimRow): SlotClaim {
  return claimOf(row, row.late === 1);
}
