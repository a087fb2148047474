import type { Schedule, SlotClaim } from '../store/schedule-repository';
import type { SchedulerDeps } from './scheduler-types';

/** A claim this process won, with the row as it was before (an earlier attempt's), if any. */
export interface WonClaim extends SlotClaim {
  /** Read just before claiming: tells the delivery when an earlier attempt ran (a rehearsal?). */
  previous?: SlotClaim;
}

/**
 * Takes the store's claim row for (schedule, slot) for this process, or undefined when another
 * process holds it or it is settled. The one way both node-cron's coordinator and the sweep claim,
 * so they agree on leases, lateness and the attempt limit.
 */
export async function claimScheduleSlot(
  schedule: Schedule,
  slot: number,
  deps: SchedulerDeps,
): Promise<WonClaim | undefined> {
  const now = deps.now().getTime();
  const slotIso = new Date(slot).toISOString();
  const previous = await deps.schedules.getClaim(schedule.id, slotIso);
  const claim = await deps.schedules.claimSlot({
    scheduleId: schedule.id,
    slot: slotIso,
    owner: deps.owner,
    now: new Date(now).toISOString(),
    leaseMs: deps.policy.leaseMs,
    late: now - slot > deps.policy.lateAfterMs,
    maxAttempts: deps.policy.maxAttempts,
  });
  return claim && { ...claim, ...(previous ? { previous } : {}) };
}
