import { failedSlotNote } from '../../commands/schedule-command-support';
import { slotsOwed } from '../schedule/schedule-slots';
import type { AsyncScheduleRepository } from '../store/async/async-store';

interface UnpostedSlot {
  scheduleId: number;
  channelId: string;
  slot: string;
  state: string;
  why: string;
}

/**
 * The slots due at a tick's moment that it did not post, each with the reason its claim row
 * gives. Without them a tick after a crashed one said "nothing due (or another process already
 * posted it)" while the dead process's claim still held the slot, posted or not.
 * `window.now` is this process's real clock (not `--at`); leases and retry times are read against
 * the store's clock instead where it has its own (PostgreSQL times them on it): a replica whose
 * clock ran a lease ahead otherwise found a live claim over and left the slot out of the report.
 */
export async function unpostedAtTick(
  schedules: Pick<AsyncScheduleRepository, 'list' | 'getClaim' | 'databaseNow'>,
  window: { from: number; at: number; now: number },
  posted: ReadonlySet<string>,
): Promise<UnpostedSlot[]> {
  const out: UnpostedSlot[] = [];
  // Read once, and only when a claim needs it: one clock for every slot of the report.
  let storeNow: number | undefined;
  const clock = async () => {
    storeNow ??= Date.parse((await schedules.databaseNow()) ?? '') || window.now;
    return storeNow;
  };
  for (const schedule of await schedules.list({ enabledOnly: true })) {
    for (const slot of slotsOwed(schedule, window.from, window.at)) {
      const iso = new Date(slot).toISOString();
      if (slot <= window.from || posted.has(`${schedule.id}@${iso}`)) continue;
      const claim = await schedules.getClaim(schedule.id, iso);
      if (!claim) continue;
      const base = { scheduleId: schedule.id, channelId: schedule.channelId, slot: iso, state: claim.state };
      if (claim.state === 'delivered') out.push({ ...base, why: 'already posted' });
      else if (claim.state === 'skipped') out.push({ ...base, why: `skipped earlier: ${claim.lastError ?? ''}` });
      else if (claim.state === 'failed')
        out.push({ ...base, why: failedSlotNote(claim, schedule.timezone, await clock()) });
      else if (claim.leaseUntil && Date.parse(claim.leaseUntil) > (await clock())) {
        const left = Math.ceil((Date.parse(claim.leaseUntil) - (await clock())) / 60_000);
        out.push({
          ...base,
          why: `held by ${claim.owner ?? 'another process'} for ${left} more min (until ${claim.leaseUntil}, real time, not --at's): it is posting it now, or died while posting; if it died, tick again after that (a retry looks for its post first, so it is not posted twice)`,
        });
      }
    }
  }
  return out;
}
