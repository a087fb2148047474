/**
 * The schedule store's statements that SQLite and PostgreSQL run word for word, written once with
 * SQLite's `?` placeholders; the PostgreSQL adapter numbers them (`numberedPlaceholders`). Each
 * adapter passes the same parameters in the same order (SQLite as 0/1 where PostgreSQL takes a
 * boolean). What differs by database stays in its adapter: claiming a slot (SQLite: insert or
 * reclaim under its write lock; PostgreSQL: one upsert with a token for lost replies), the
 * deadlines of leases and retries (SQLite: from the caller's clock, the one machine's; PostgreSQL:
 * from its own clock, which every replica shares), saving
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
   * time, timezone, enabled (true), moved at, time, timezone, enabled (true), query (null keeps it), id. A schedule moved
   * to another time (or switched back on) owes slots from the move: the slots of the new time
   * already past that day are not owed (posting them at once was a second digest, labelled late).
   * Asked again unchanged, it keeps what it owes. created_at stays: a follow's news starts there.
   * A replica still on the code before owed_from moves created_at instead; readers take the later.
   * A follow asked again in new words is listed by them ("flynn immunity deal"); by id (null) it keeps its words.
   */
  moveSchedule: `UPDATE schedules SET owed_from = CASE WHEN time = ? AND timezone = ? AND enabled = ? THEN owed_from ELSE ? END,
     time = ?, timezone = ?, enabled = ?, query = COALESCE(?, query), disabled_reason = NULL WHERE id = ?`,
  /** time, timezone, id */
  setTime: 'UPDATE schedules SET time = ?, timezone = ? WHERE id = ?',
  /** enabled, reason, id */
  setEnabled: 'UPDATE schedules SET enabled = ?, disabled_reason = ? WHERE id = ?',
  /** disabled (false), reason, channel id, enabled (true) */
  disableChannel: 'UPDATE schedules SET enabled = ?, disabled_reason = ? WHERE channel_id = ? AND enabled = ?',
  /** id */
  remove: 'DELETE FROM schedules WHERE id = ?',
  /** message ref, at, schedule id, slot, owner */
  markDelivered: `UPDATE schedule_claims SET state = 'delivered', message_ref = ?, lease_until = NULL, last_error = NULL, failure_kind = NULL, updated_at = ?
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

/**
 * When a stored schedule starts owing slots: the later of its owed_from and created_at. NULL
 * (a row made or last moved before the column, or by a replica still on that code, which moves
 * created_at instead) means created_at.
 */
export function owedFromOf(row: { created_at: string; owed_from: string | null }): string {
  const owed = row.owed_from;
  return owed !== null && Date.parse(owed) > Date.parse(row.created_at) ? owed : row.created_at;
}

/**
 * Migration schedules-007-owed-from, the same on both stores but for the column's type. Existing
 * rows keep NULL: their created_at is already what they owe from (a moved row's start of news is
 * lost, as it was before).
 */
export const OWED_FROM_MIGRATION_ID = 'schedules-007-owed-from';

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
