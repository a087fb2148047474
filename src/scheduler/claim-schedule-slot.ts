import type { Schedule, SlotClaim } from '../store/schedule-repository';
import type { SchedulerDeps } from './scheduler-types';

/**
 * Takes the store's claim row for (schedule, slot) for this process, or undefined when another
 * process holds it or it is settled. The one way both node-cron's coordinator and the sweep claim,
 * so they agree on leases, lateness and the attempt limit.
 */
export function claimScheduleSlot(
  schedule: Schedule,
  slot: number,
  deps: SchedulerDeps,
): Promise<SlotClaim | undefined> {
  const now = deps.now().getTime();
  return deps.schedules.claimSlot({
    scheduleId: schedule.id,
    slot: new Date(slot).toISOString(),
    owner: deps.owner,
    now: new Date(now).toISOString(),
    leaseMs: deps.policy.leaseMs,
    late: now - slot > deps.policy.lateAfterMs,
    maxAttempts: deps.policy.maxAttempts,
  });
}
