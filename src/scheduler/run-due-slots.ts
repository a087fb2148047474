import { slotsOwed } from '../schedule/schedule-slots';
import type { Schedule } from '../store/schedule-repository';
import { claimScheduleSlot } from './claim-schedule-slot';
import { deliverClaimedSlot } from './deliver-claimed-slot';
import { posterFor } from './poster-for';
import type { SchedulerDeps, SlotOutcome } from './scheduler-types';

export interface DueSlotOptions {
  /** The moment to run for (epoch ms). */
  at: number;
  /** Slots older than this are not posted any more: skipped and logged. */
  catchupHours: number;
  /** Only slots at least this old; the sweep leaves fresh slots to their node-cron job. */
  graceMs?: number;
  /** How far back to look for never-posted slots to record as skipped. */
  skipLookbackHours?: number;
  /** Channels posting at once (each channel's posts stay in order, rate-limited). */
  channelConcurrency?: number;
}

/**
 * Claims and posts every slot owed at `at` within the catch-up window, through the same claim
 * as node-cron's coordinator, so it is safe to run from several processes at once. Used by the
 * start-up catch-up, the once-a-minute sweep and `newsbrief tick`.
 */
export async function runDueSlots(deps: SchedulerDeps, options: DueSlotOptions): Promise<SlotOutcome[]> {
  const repo = deps.schedules;
  const catchupMs = options.catchupHours * 3_600_000;
  const windowStart = options.at - catchupMs;
  const lookbackStart = options.at - Math.max(catchupMs, (options.skipLookbackHours ?? 48) * 3_600_000);
  const outcomes: SlotOutcome[] = [];
  const byChannel = new Map<string, Array<{ schedule: Schedule; slot: number }>>();
  for (const schedule of await repo.list({ enabledOnly: true })) {
    const sinceIso = new Date(lookbackStart).toISOString();
    const settled = new Set(
      (await repo.claimsSince(schedule.id, sinceIso))
        .filter((c) => c.state === 'delivered' || c.state === 'skipped')
        .map((c) => c.slot),
    );
    for (const slot of slotsOwed(schedule, lookbackStart, options.at - (options.graceMs ?? 0))) {
      const iso = new Date(slot).toISOString();
      if (settled.has(iso)) continue;
      if (slot <= windowStart) {
        const reason = `more than ${options.catchupHours} h old when newsbrief came back`;
        if (await repo.markSkipped(schedule.id, iso, reason, deps.now().toISOString())) {
          deps.logger.warn(
            { scheduleId: schedule.id, channelId: schedule.channelId, slot: iso },
            `skipped a missed slot: ${reason}`,
          );
          outcomes.push({
            scheduleId: schedule.id,
            channelId: schedule.channelId,
            kind: schedule.kind,
            slot: iso,
            late: true,
            status: 'skipped',
            error: reason,
          });
        }
        continue;
      }
      if (!posterFor(schedule.channelId, deps)) {
        // Not claimed: the slot stays due for a process that can post there (and is reported).
        const platform = schedule.channelId.split(':')[0];
        deps.logger.debug({ scheduleId: schedule.id, channelId: schedule.channelId, slot: iso }, 'no poster here');
        outcomes.push({
          scheduleId: schedule.id,
          channelId: schedule.channelId,
          kind: schedule.kind,
          slot: iso,
          late: slot < options.at - deps.policy.lateAfterMs,
          status: 'not-configured',
          error: `${platform} is not configured here; the slot stays due`,
        });
        continue;
      }
      const queue = byChannel.get(schedule.channelId) ?? [];
      queue.push({ schedule, slot });
      byChannel.set(schedule.channelId, queue);
    }
  }
  // Oldest slot first within a channel (a late digest before today's follow-up).
  const channels = [...byChannel.values()].map((queue) => queue.sort((a, b) => a.slot - b.slot));
  const worker = async () => {
    for (let queue = channels.shift(); queue; queue = channels.shift()) {
      for (const { schedule, slot } of queue) {
        try {
          const outcome = await claimAndDeliver(schedule, slot, deps);
          if (outcome) outcomes.push(outcome);
        } catch (error) {
          // The database failed under this slot (an outage past the store's retries): the other
          // workers carry on, and a slot left claimed is taken again once its lease runs out.
          deps.logger.error(
            {
              scheduleId: schedule.id,
              channelId: schedule.channelId,
              slot: new Date(slot).toISOString(),
              err: String(error),
            },
            'could not claim or deliver a scheduled slot; it stays due',
          );
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.channelConcurrency ?? 128) }, worker));
  return outcomes;
}

/** One slot through the claim: posts it if this process wins, else does nothing. */
async function claimAndDeliver(
  schedule: Schedule,
  slot: number,
  deps: SchedulerDeps,
): Promise<SlotOutcome | undefined> {
  const claim = await claimScheduleSlot(schedule, slot, deps);
  return claim ? deliverClaimedSlot(schedule, claim, deps) : undefined;
}
