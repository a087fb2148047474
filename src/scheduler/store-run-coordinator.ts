import type { RunCoordinator } from 'node-cron';
import { slotForFire } from '../schedule/schedule-slots';
import type { Schedule, SlotClaim } from '../store/schedule-repository';
import { claimScheduleSlot } from './claim-schedule-slot';
import { posterFor } from './poster-for';
import type { SchedulerDeps } from './scheduler-types';

/** node-cron job names carry the schedule id; node-cron builds keys as `${name}:${fireISO}`. */
export const jobName = (scheduleId: number) => `newsbrief-schedule-${scheduleId}`;
const KEY = /^newsbrief-schedule-(\d+):(.+)$/;

export interface StoreRunCoordinator extends RunCoordinator {
  /** The claim won for a job's fire, taken by the job function (once). */
  takeClaim(scheduleId: number, fireTime: Date): Promise<{ schedule: Schedule; claim: SlotClaim } | undefined>;
}

/**
 * node-cron's `distributed` coordinator backed by a claim row per (schedule, slot) in our store:
 * of all processes sharing the database, only the one whose insert wins runs the job. The slot
 * is ours (see daily-slots), not node-cron's fire time, which differs on some DST days.
 */
export function createStoreRunCoordinator(deps: SchedulerDeps): StoreRunCoordinator {
  const won = new Map<string, { schedule: Schedule; claim: SlotClaim }>();
  const slotKey = (schedule: Schedule, fire: number) => `${schedule.id}|${slotForFire(schedule, fire)}`;
  return {
    async shouldRun(key) {
      const match = KEY.exec(key);
      const schedule = match ? await deps.schedules.get(Number(match[1])) : undefined;
      if (!match || !schedule?.enabled) return false;
      const fire = Date.parse(match[2]!);
      const slot = slotForFire(schedule, fire);
      // Not yet due (a fire before our slot), or from before the schedule existed.
      if (slot > deps.now().getTime() || slot <= Date.parse(schedule.owedFrom)) return false;
      // A platform this process cannot post to: leave the slot to a process that can.
      if (!posterFor(schedule.channelId, deps)) return false;
      const claim = await claimScheduleSlot(schedule, slot, deps);
      if (!claim) return false;
      won.set(slotKey(schedule, fire), { schedule, claim });
      return true;
    },
    async takeClaim(scheduleId, fireTime) {
      const schedule = await deps.schedules.get(scheduleId);
      if (!schedule) return undefined;
      const key = slotKey(schedule, fireTime.getTime());
      const entry = won.get(key);
      won.delete(key);
      return entry;
    },
  };
}
