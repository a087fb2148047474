import type { SchedulerDeps } from './scheduler-types';

/**
 * Warns when this process's clock and the database's differ by more than half a lease. On
 * PostgreSQL leases, retries and feeds' next polls run on the database's clock, so a skewed replica
 * no longer takes over claims still being posted nor polls a feed another holds; what still runs
 * on this clock is the cron maths: when a slot falls due (a replica ahead posts early, and the
 * unique claim keeps it to one post), how far back catch-up reaches (a clock hours ahead records
 * owed slots as skipped) and the spacing of posts per channel. Only warns: the cure is NTP, not the bot. Returns the difference (process
 * minus database, ms) when there is a database clock.
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
    const seconds = Math.round(Math.abs(skewMs) / 1000);
    deps.logger.warn(
      { skewMs, databaseNow, leaseMs: deps.policy.leaseMs },
      `this machine's clock is ${seconds} s ${skewMs > 0 ? 'ahead of' : 'behind'} the database's: slot leases, retries and feed polls follow the database's clock, but this machine's decides when a slot falls due (${seconds} s ${skewMs > 0 ? 'early' : 'late'} here), how far back catch-up reaches and post spacing; synchronise the clocks (NTP)`,
    );
  }
  return skewMs;
}
