import type Database from 'better-sqlite3';
import { StoreFileError } from './open-database-file';

/**
 * One schema step. Ids must be globally unique and never change once shipped
 * (prefix them with the repository name, e.g. "articles-001-init").
 */
export interface Migration {
  id: string;
  sql: string;
  /**
   * The step rebuilds a table other tables point at. Foreign keys are off while it runs (with
   * them on, dropping the old table would cascade into its children's rows) and checked before
   * its transaction commits: SQLite's own recipe for changing a table in ways ALTER cannot.
   */
  rebuildsParent?: true;
}

/**
 * Applies every migration not yet recorded in schema_migrations, in array order, each in its own
 * transaction (a failing step leaves the schema as it was before that step). Safe to call on
 * every open and from two processes at once: the IMMEDIATE transaction serialises writers and the
 * applied-check runs inside it.
 */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[]): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`Duplicate migration id "${m.id}"`);
    seen.add(m.id);
  }
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE id = ?');
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const applied: string[] = [];
  for (const m of migrations) {
    const step = db.transaction(() => {
      if (isApplied.get(m.id)) return false;
      db.exec(m.sql);
      if (m.rebuildsParent && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error(`Migration "${m.id}" would leave rows pointing at missing parents`);
      }
      record.run(m.id, new Date().toISOString());
      return true;
    });
    if (m.rebuildsParent ? withoutForeignKeys(db, () => step.immediate()) : step.immediate()) applied.push(m.id);
  }
  return applied;
}

/** The pragma is a no-op inside a transaction, so it is switched around the step's, and back. */
function withoutForeignKeys<T>(db: Database.Database, run: () => T): T {
  const wasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    return run();
  } finally {
    if (wasOn) db.pragma('foreign_keys = ON');
  }
}

/** A read-only file cannot be upgraded: it must already have every migration this version needs. */
export function assertMigrated(db: Database.Database, migrations: readonly Migration[], path: string): void {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const applied = new Set(
    hasTable ? (db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id) : [],
  );
  if (migrations.some((m) => !applied.has(m.id))) {
    throw new StoreFileError(
      `The database file ${path} is read-only and older than this version of newsbrief: open it once with write access so it can be upgraded.`,
    );
  }
}
