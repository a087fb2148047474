import Database from 'better-sqlite3';
import { openPostgresPool } from '../postgres/open-postgres-store';
import { openSqliteDatabase } from '../sqlite/open-sqlite-store';
import type { StoreLocation } from './store-location';

/**
 * `newsbrief migrate`: brings the store's schema up to date and returns the steps it applied
 * (none when it was current). Safe while replicas run: PostgreSQL serialises migrations on an
 * advisory lock, SQLite on its write lock.
 */
export async function migrateStore(location: StoreLocation): Promise<string[]> {
  if (location.kind === 'postgres') {
    const { pool, applied } = await openPostgresPool({ url: location.url, schema: location.schema, poolSize: 1 });
    await pool.end();
    return applied;
  }
  const before = appliedSqliteMigrations(location.path);
  openSqliteDatabase({ path: location.path }).db.close();
  return appliedSqliteMigrations(location.path).filter((id) => !before.includes(id));
}

function appliedSqliteMigrations(path: string): string[] {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, readonly: true });
  } catch {
    return [];
  }
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    return table
      ? db
          .prepare<[], { id: string }>('SELECT id FROM schema_migrations ORDER BY rowid')
          .all()
          .map((r) => r.id)
      : [];
  } finally {
    db.close();
  }
}
