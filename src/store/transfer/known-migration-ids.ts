import { postgresMigrations } from '../postgres/postgres-migrations';
import { sqliteMigrations } from '../sqlite/open-sqlite-store';

/**
 * Every schema step this version of newsbrief knows, on either store. An export naming one is not
 * from a newer newsbrief, even when the step exists on one store only (PostgreSQL search tuning).
 */
export const knownMigrationIds: readonly string[] = [
  ...new Set([...sqliteMigrations, ...postgresMigrations].map((m) => m.id)),
];
