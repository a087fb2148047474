/**
 * The schedule store's statements that SQLite and PostgreSQL run word for word, written once with
 * SQLite's `?` placeholders; the PostgreSQL adapter numbers them (`numberedPlaceholders`). Each
 * adapter passes the same parameters in the same order (SQLite as 0/1 where PostgreSQL takes a
 * boolean). What differs by database stays in its adapter: claiming a slot (SQLite: insert or
 * reclaim under its write lock; PostgreSQL: one upsert with a token for lost replies), saving
 * (SQLite: looked for and written under its write lock; PostgreSQL: inserted unless a unique key
 * holds the row, else that row locked and moved), and listing with optional filters (PostgreSQL needs the parameters' types).
 */

/** Every column a claim row maps from (PostgreSQL's table also has its claim token). */
export const CLAIM_COLUMNS =
  'schedule_id, slot, state, owner, lease_until, attempts, retry_at, late, last_error, failure_kind, message_ref, updated_at, first_attempt_at';

export const scheduleStatements = {
  /** channel id, kind, story id: the schedule a new one would duplicate (the unique keys' rows) */
  sameSchedule: `SELECT * FROM schedules WHERE channel_id = ? AND kind = ? AND (kind = 'digest' OR article_id = ?)`,
  /**
   * time, timezone, enabled (true), moved at, time, timezone, enabled (true), id. A schedule moved
   * to another time (or switched back on) starts again from the move: created_at is what the slot
   * maths counts from, so the slots of the new time already past that day are not owed (posting
   * them at once was a second digest, labelled late). Asked again unchanged, it keeps its start.
   */
  moveSchedule: `UPDATE schedules SET created_at = CASE WHEN time = ? AND timezone = ? AND enabled = ? THEN created_at ELSE ? END,
     time = ?, timezone = ?, enabled = ?, disabled_reason = NULL WHERE id = ?`,
  /** time, timezone, id */
  setTime: 'UPDATE schedules SET time = ?, timezone = ? WHERE id = ?',
  /** enabled, reason, id */
  setEnabled: 'UPDATE schedules SET enabled = ?, disabled_reason = ? WHERE id = ?',
  /** disabled (false), reason, channel id, enabled (true) */
  disableChannel: 'UPDATE schedules SET enabled = ?, disabled_reason = ? WHERE channel_id = ? AND enabled = ?',
  /** id */
  remove: 'DELETE FROM schedules WHERE id = ?',
  /** lease until, schedule id, slot, owner */
  renewLease: `UPDATE schedule_claims SET lease_until = ? WHERE schedule_id = ? AND slot = ? AND owner = ? AND state = 'claimed'`,
  /** message ref, at, schedule id, slot, owner */
  markDelivered: `UPDATE schedule_claims SET state = 'delivered', message_ref = ?, lease_until = NULL, last_error = NULL, failure_kind = NULL, updated_at = ?
     WHERE schedule_id = ? AND slot = ? AND owner = ? AND state = 'claimed'`,
  /** error, failure kind, retry at, at, schedule id, slot, owner */
  markFailed: `UPDATE schedule_claims SET state = 'failed', last_error = ?, failure_kind = ?, retry_at = ?, lease_until = NULL, updated_at = ?
     WHERE schedule_id = ? AND slot = ? AND owner = ? AND state = 'claimed'`,
  /** schedule id, slot, reason, at */
  markSkipped: `INSERT INTO schedule_claims (schedule_id, slot, state, last_error, updated_at) VALUES (?, ?, 'skipped', ?, ?)
     ON CONFLICT (schedule_id, slot) DO NOTHING`,
  /** schedule id, slot */
  getClaim: `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = ? AND slot = ?`,
  /** schedule id, first slot */
  claimsSince: `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = ? AND slot >= ? ORDER BY slot`,
  /** schedule id */
  lastDelivered: `SELECT ${CLAIM_COLUMNS} FROM schedule_claims WHERE schedule_id = ? AND state = 'delivered' ORDER BY slot DESC LIMIT 1`,
  /** article id, question key, resolved by, resolved at */
  resolveQuestion: `INSERT INTO resolved_questions (article_id, question_key, resolved_by, resolved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, question_key) DO NOTHING`,
  /** article id; the key breaks ties, so both stores list questions resolved together alike */
  resolvedQuestions:
    'SELECT question_key FROM resolved_questions WHERE article_id = ? ORDER BY resolved_at, question_key',
} as const;

/** `?` placeholders as PostgreSQL's `$1, $2, …`, in order (the statements above hold no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Migration schedules-006-one-per-channel, the same on both stores. Two `/brief digest` (or
 * `follow` of one story) at once could both find none and both create one: the channel then got
 * two posts a day. Of the copies a channel has, the oldest stays: it is the one every later
 * command moved and re-enabled (they took the first listed), so it holds the time last asked
 * for. The others' claims go with them (SQLite runs migrations with foreign keys off). Then the
 * unique keys: one digest per channel, one follow-up per channel and story (a deleted story's
 * follow-ups, whose story id is gone, are not held to it).
 */
export const ONE_SCHEDULE_PER_CHANNEL = `
  DELETE FROM schedules WHERE EXISTS (
    SELECT 1 FROM schedules older
    WHERE older.channel_id = schedules.channel_id AND older.kind = schedules.kind AND older.id < schedules.id
      AND (schedules.kind = 'digest' OR older.article_id = schedules.article_id));
  DELETE FROM schedule_claims WHERE NOT EXISTS (SELECT 1 FROM schedules s WHERE s.id = schedule_claims.schedule_id);
  CREATE UNIQUE INDEX schedules_one_digest ON schedules (channel_id) WHERE kind = 'digest';
  CREATE UNIQUE INDEX schedules_one_follow ON schedules (channel_id, article_id) WHERE kind = 'follow';
`;
