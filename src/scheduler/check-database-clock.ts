import type { SchedulerDeps } from './scheduler-types';

/**
 * Warns when this process's clock and the database's differ by more than half a lease. Leases and
 * retries are decided by the clock of the replica that reads them: one whose clock runs a lease or
 * more ahead takes over claims still being posted (review A-sched-1). Only warns: the cure is NTP,
 * not the bot. Returns the difference (process minus database, ms) when there is a database clock.
 */
export async function checkDatabaseClock(deps: Pick<SchedulerDeps, 'schedules' | 'now' | 'policy' | 'logger'>) {
  let databaseNow: string | undefined;
  try {
    databaseNow = await deps.schedules.databaseNow();
  } catch (error) {
    deps.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'could not read the database clock',
    );
    return undefined;
  }
  if (databaseNow === undefined) return undefined;
  const skewMs = deps.now().getTime() - Date.parse(databaseNow);
  if (Math.abs(skewMs) > deps.policy.leaseMs / 2) {
    deps.logger.warn(
      { skewMs, databaseNow, leaseMs: deps.policy.leaseMs },
      `this machine's clock is ${Math.round(Math.abs(skewMs) / 1000)} s ${skewMs > 0 ? 'ahead of' : 'behind'} the database's: slot leases and retries use each replica's own clock, so a replica running a lease ahead can post a slot another replica is posting; synchronise the clocks (NTP)`,
    );
  }
  return skewMs;
}
