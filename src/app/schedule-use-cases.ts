import { slotsBetween } from '../schedule/daily-slots';
import { dailyTimeOf } from '../schedule/schedule-slots';
import type { AsyncStore } from '../store/async/async-store';
import type { NewSchedule, SavedSchedule, Schedule, SlotClaim } from '../store/schedule-repository';
import { nextUnpostedSlot } from './next-unposted-slot';

const FAILURE_LOOKBACK_MS = 7 * 86_400_000;
/** The longest catch-up (NEWSBRIEF_CATCHUP_HOURS at most 72): older slots nobody posts late. */
const CATCHUP_LIMIT_MS = 72 * 3_600_000;

type ScheduleFields = Omit<NewSchedule, 'channelId' | 'createdBy' | 'createdAt'>;

/** A channel's follow-ups and digest. */
export interface ScheduleUseCases {
  /** Oldest first. */
  list(channelId: string, kind?: Schedule['kind']): Promise<Schedule[]>;
  /** One follow-up per channel and story: a second `follow` moves it. */
  follow(input: {
    channelId: string;
    userId: string;
    articleId: number;
    /** The words the story was followed by; null when it was named by id (lines show its title). */
    query: string | null;
    time: string;
    timezone: string;
  }): Promise<SavedSchedule>;
  /** One digest per channel. */
  setDigest(input: { channelId: string; userId: string; time: string; timezone: string }): Promise<SavedSchedule>;
  /** Removes the channel's digest; how many there were. */
  digestOff(channelId: string): Promise<number>;
  /** Removes a schedule of this channel (never another channel's). */
  remove(channelId: string, scheduleId: number): Promise<Schedule | undefined>;
  /** The next slot (epoch ms) a schedule will post (past any a rehearsal already posted). */
  nextSlot(schedule: Schedule): Promise<number>;
  /**
   * The newest slot that failed since the schedule last posted (retrying, or given up), so a
   * channel listing shows a missed post instead of only the next one.
   */
  lastFailed(schedule: Schedule): Promise<SlotClaim | undefined>;
}

export function createScheduleUseCases(store: Pick<AsyncStore, 'schedules'>, now: () => Date): ScheduleUseCases {
  const repo = store.schedules;
  /**
   * Creates it, or moves the channel's existing one (the store's unique keys find it, atomically).
   * A replica still on the code before owed_from owes a moved schedule's slots from its
   * created_at, so during a rolling deploy it would post the new time's slot already past today
   * (a second digest): the move records those slots as not owed, which every version reads, in
   * its own transaction, so no crash or store error between the two leaves them owed.
   */
  const save = (fields: ScheduleFields, where: { channelId: string; userId: string }) => {
    const at = now().toISOString();
    const schedule = { ...fields, channelId: where.channelId, createdBy: where.userId, createdAt: at };
    return repo.save(schedule, { reason: 'schedule moved: not owed', slots: (moved) => slotsBeforeMove(moved, at) });
  };
  return {
    list: (channelId, kind) => repo.list({ channelId, ...(kind ? { kind } : {}) }),
    follow: (input) =>
      save(
        { kind: 'follow', articleId: input.articleId, query: input.query, time: input.time, timezone: input.timezone },
        input,
      ),
    setDigest: (input) => save({ kind: 'digest', time: input.time, timezone: input.timezone }, input),
    async digestOff(channelId) {
      const current = await repo.list({ channelId, kind: 'digest' });
      for (const s of current) await repo.remove(s.id);
      return current.length;
    },
    async remove(channelId, scheduleId) {
      const target = await repo.get(scheduleId);
      if (!target || target.channelId !== channelId) return undefined;
      await repo.remove(target.id);
      return target;
    },
    nextSlot: (schedule) => nextUnpostedSlot(repo, schedule, now().getTime()),
    async lastFailed(schedule) {
      const last = await repo.lastDelivered(schedule.id);
      // A week back at most: a schedule that never posts would otherwise read all its claims.
      const weekAgo = new Date(now().getTime() - FAILURE_LOOKBACK_MS).toISOString();
      const since = last && last.slot > weekAgo ? last.slot : weekAgo;
      return (await repo.claimsSince(schedule.id, since)).findLast((claim) => claim.state === 'failed');
    },
  };
}

/** The moved schedule's slots already past at the move (72 h back at most); none when this move did not reset what it owes. */
function slotsBeforeMove({ schedule }: { schedule: Schedule }, at: string): string[] {
  if (Date.parse(schedule.owedFrom) !== Date.parse(at)) return [];
  const from = Math.max(Date.parse(at) - CATCHUP_LIMIT_MS, Date.parse(schedule.createdAt));
  return slotsBetween(dailyTimeOf(schedule), from, Date.parse(at)).map((slot) => new Date(slot).toISOString());
}
