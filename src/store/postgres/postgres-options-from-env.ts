import type { OpenPostgresStoreOptions } from './open-postgres-store';

/**
 * The PostgreSQL settings from the environment, or undefined when NEWSBRIEF_DATABASE_URL is not
 * set (SQLite then). `url` replaces NEWSBRIEF_DATABASE_URL (a command's --database); the schema
 * and pool size still come from the environment. Throws one message naming every bad setting.
 */
export function postgresOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  url = env.NEWSBRIEF_DATABASE_URL?.trim(),
): OpenPostgresStoreOptions | undefined {
  if (!url) return undefined;
  const problems: string[] = [];
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    problems.push('NEWSBRIEF_DATABASE_URL: must start with postgres:// (e.g. postgres://newsbrief@db:5432/newsbrief)');
  }
  const poolText = env.NEWSBRIEF_DB_POOL_SIZE?.trim();
  const poolSize = poolText ? Number(poolText) : 10;
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 200) {
    problems.push(`NEWSBRIEF_DB_POOL_SIZE: "${poolText}" is not a whole number from 1 to 200`);
  }
  const schema = env.NEWSBRIEF_DB_SCHEMA?.trim() || undefined;
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    problems.push(`NEWSBRIEF_DB_SCHEMA: "${schema}" must be lower-case letters, digits and _`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { url, poolSize, ...(schema ? { schema } : {}) };
}
