import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { destroyPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresRunDir: string;
  }
}

/**
 * One PostgreSQL server per test run, started by the first test file that asks for it (see
 * shared-postgres.ts), so runs without PostgreSQL tests pay nothing; stopped here at the end.
 */
export default function setup(project: TestProject) {
  const runDir = mkdtempSync(join(tmpdir(), 'newsbrief-pg-run-'));
  project.provide('postgresRunDir', runDir);
  return async () => {
    const info = join(runDir, 'cluster.json');
    if (existsSync(info)) await destroyPostgresCluster(JSON.parse(readFileSync(info, 'utf8')).dataDir);
    rmSync(runDir, { recursive: true, force: true });
  };
}
