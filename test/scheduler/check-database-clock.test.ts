import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';
import { checkDatabaseClock } from '../../src/scheduler/check-database-clock';
import type { AsyncScheduleRepository } from '../../src/store/async/async-store';

const LEASE_MS = 5 * 60_000;
const PROCESS_NOW = '2024-03-02T09:00:00.000Z';

/** The check with this database clock (undefined: SQLite's, the process's own); the warnings it logged. */
async function check(databaseNow: () => Promise<string | undefined>) {
  const destination = new PassThrough();
  let text = '';
  destination.on('data', (chunk) => (text += String(chunk)));
  const skewMs = await checkDatabaseClock({
    schedules: { databaseNow } as AsyncScheduleRepository,
    now: () => new Date(PROCESS_NOW),
    policy: { leaseMs: LEASE_MS } as Parameters<typeof checkDatabaseClock>[0]['policy'],
    logger: createLogger({ level: 'warn', destination }),
  });
  await new Promise((resolve) => setImmediate(resolve));
  const warnings = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; skewMs?: number });
  return { skewMs, warnings };
}
const offset = (ms: number) => async () => new Date(Date.parse(PROCESS_NOW) + ms).toISOString();

it('warns when this machine runs more than half a lease ahead of or behind the database', async () => {
  const ahead = await check(offset(-(LEASE_MS / 2 + 1_000)));
  expect(ahead.skewMs).toBe(LEASE_MS / 2 + 1_000);
  expect(ahead.warnings).toHaveLength(1);
  expect(ahead.warnings[0]!.msg).toMatch(/151 s ahead of the database's.*falls due \(151 s early here\).*NTP/);
  // Feed polls follow the database's clock (sched27): the warning does not blame this clock for them.
  expect(ahead.warnings[0]!.msg).toMatch(/leases, retries and feed polls follow the database's clock/);
  expect(ahead.warnings[0]!.msg).not.toMatch(/reaches, feed polls/);
  const behind = await check(offset(2 * LEASE_MS));
  expect(behind.warnings[0]!.msg).toMatch(/600 s behind the database's.*falls due \(600 s late here\)/);
});

it('stays quiet within half a lease, on SQLite, and only warns when the database clock cannot be read', async () => {
  expect(await check(offset(LEASE_MS / 2 - 1_000))).toEqual({ skewMs: -(LEASE_MS / 2 - 1_000), warnings: [] });
  expect(await check(async () => undefined)).toEqual({ skewMs: undefined, warnings: [] });
  const failed = await check(async () => {
    throw new Error('connection refused');
  });
  expect(failed.warnings.map((w) => w.msg)).toEqual(['could not read the database clock']);
});
