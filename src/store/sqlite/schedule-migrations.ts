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
];
