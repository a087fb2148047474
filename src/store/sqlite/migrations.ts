import type Database from 'better-sqlite3';

/**
 * One schema step. Ids must be globally unique and never change once shipped
 * (prefix them with the repository name, e.g. "articles-001-init").
 */
export interface Migration {
  id: string;
  sql: string;
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
      record.run(m.id, new Date().toISOString());
      return true;
    });
    if (step.immediate()) applied.push(m.id);
  }
  return applied;
}
