import { ONE_SCHEDULE_PER_CHANNEL, OWED_FROM_MIGRATION_ID } from '../schedule-statements';
import type { Migration } from './migrations';

/** Schedules, their per-slot claims (the exactly-once record) and resolved follow-up questions. */
export const scheduleMigrations: readonly Migration[] = [
  {
    id: 'schedules-001-init',
    sql: `
      CREATE TABLE schedules (
        id INTEGER PRIMARY KEY,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('follow', 'digest')),
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        query TEXT,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX schedules_channel ON schedules (channel_id);

      CREATE TABLE schedule_claims (
        schedule_id INTEGER NOT NULL REFERENCES schedules(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'delivered', 'failed', 'skipped')),
        owner TEXT,
        lease_until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_at TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        message_ref TEXT,
        updated_at TEXT NOT NULL,
        UNIQUE (schedule_id, slot)
      );

      CREATE TABLE resolved_questions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        question_key TEXT NOT NULL,
        resolved_by TEXT,
        resolved_at TEXT NOT NULL,
        PRIMARY KEY (article_id, question_key)
      );
    `,
  },
  {
    // When the slot was first tried: a retry looks for that attempt's post from there. Kept apart
    // from updated_at, which every reclaim and failure overwrites. Existing rows get their last
    // update, the best time they still know.
    id: 'schedules-002-first-attempt',
    sql: `
      ALTER TABLE schedule_claims ADD COLUMN first_attempt_at TEXT;
      UPDATE schedule_claims SET first_attempt_at = updated_at;
    `,
  },
  {
    // Without AUTOINCREMENT SQLite gives a new row max(id) + 1, so deleting the newest schedule
    // freed its id for the next one, and an old "/brief unfollow s3" stopped the newer schedule.
    // A column cannot become AUTOINCREMENT in place: both tables are rebuilt. The new claims table
    // points at the new schedules table, so dropping the old ones cascades into nothing (a DROP
    // deletes its rows first, and foreign keys are on inside the migration's transaction), and
    // the renames carry the reference over. The counter starts at the highest id still there: an
    // id freed before this step is beyond recall.
    id: 'schedules-003-ids-never-reused',
    sql: `
      CREATE TABLE schedules_next (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('follow', 'digest')),
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        query TEXT,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        disabled_reason TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL
      );
      INSERT INTO schedules_next (id, channel_id, kind, article_id, query, time, timezone, enabled,
                                  disabled_reason, created_by, created_at)
        SELECT id, channel_id, kind, article_id, query, time, timezone, enabled,
               disabled_reason, created_by, created_at FROM schedules;

      CREATE TABLE schedule_claims_next (
        schedule_id INTEGER NOT NULL REFERENCES schedules_next(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'delivered', 'failed', 'skipped')),
        owner TEXT,
        lease_until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_at TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        message_ref TEXT,
        updated_at TEXT NOT NULL,
        first_attempt_at TEXT,
        UNIQUE (schedule_id, slot)
      );
      INSERT INTO schedule_claims_next (schedule_id, slot, state, owner, lease_until, attempts, retry_at,
                                        late, last_error, message_ref, updated_at, first_attempt_at)
        SELECT schedule_id, slot, state, owner, lease_until, attempts, retry_at,
               late, last_error, message_ref, updated_at, first_attempt_at FROM schedule_claims
        -- A claim without its schedule (only a file edited with foreign keys off has one) would
        -- fail the step and so every start; it has nothing left to deliver.
        WHERE schedule_id IN (SELECT id FROM schedules);

      DROP TABLE schedule_claims;
      DROP TABLE schedules;
      ALTER TABLE schedules_next RENAME TO schedules;
      ALTER TABLE schedule_claims_next RENAME TO schedule_claims;
      CREATE INDEX schedules_channel ON schedules (channel_id);
    `,
  },
  {
    // Why a slot was given up, as a value the bot can test: a slot that may have posted (the bot
    // could not check) was told apart only by the start of its error text. Existing rows get
    // theirs from that text, the one place it is still read.
    id: 'schedules-004-failure-kind',
    sql: `
      ALTER TABLE schedule_claims ADD COLUMN failure_kind TEXT;
      UPDATE schedule_claims SET failure_kind = 'outcome-unknown'
        WHERE state = 'failed' AND last_error LIKE 'outcome unknown, not posted again%';
    `,
  },
  {
    // A follow made by story id stored the story's title as its words, so a renamed story was
    // still shown by its old title. It now stores no words (lines show the current title); a
    // follow whose words are its story's whole title is taken for one made by id.
    id: 'schedules-005-follow-by-id',
    sql: `
      UPDATE schedules SET query = NULL
        WHERE kind = 'follow' AND article_id IS NOT NULL
          AND query = (SELECT title FROM articles WHERE articles.id = schedules.article_id);
    `,
  },
  { id: 'schedules-006-one-per-channel', sql: ONE_SCHEDULE_PER_CHANNEL },
  // From when slots are owed, apart from created_at (when a follow's news starts): a move sets it.
  { id: OWED_FROM_MIGRATION_ID, sql: 'ALTER TABLE schedules ADD COLUMN owed_from TEXT;' },
];
