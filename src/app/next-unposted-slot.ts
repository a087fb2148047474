import { nextSlotOf } from '../schedule/schedule-slots';
import type { AsyncScheduleRepository } from '../store/async/async-store';
import type { Schedule } from '../store/schedule-repository';

/**
 * The next slot (epoch ms) a schedule will post, after `now`. A slot already posted ahead of real
 * time (a `tick --at` rehearsal) is not "next": the one after it is. Only such slots are passed
 * over, so today's, still ahead, stays next after a rehearsal of tomorrow's.
 */
export async function nextUnpostedSlot(
  schedules: Pick<AsyncScheduleRepository, 'claimsSince'>,
  schedule: Schedule,
  now: number,
): Promise<number> {
  const ahead = await schedules.claimsSince(schedule.id, new Date(now).toISOString());
  const done = new Set(ahead.filter((c) => c.state === 'delivered').map((c) => Date.parse(c.slot)));
  let next = nextSlotOf(schedule, now);
  while (done.has(next)) next = nextSlotOf(schedule, next);
  return next;
}
