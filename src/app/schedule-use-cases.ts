import { nextSlotOf } from '../schedule/schedule-slots';
import type { NewSchedule, Schedule, ScheduleRepository } from '../store/schedule-repository';

type ScheduleFields = Omit<NewSchedule, 'channelId' | 'createdBy' | 'createdAt'>;

interface SavedSchedule {
  schedule: Schedule;
  /** The channel already had it: it was moved to the new time (and re-enabled). */
  existed: boolean;
}

/** A channel's follow-ups and digest. */
export interface ScheduleUseCases {
  /** Oldest first. */
  list(channelId: string, kind?: Schedule['kind']): Schedule[];
  /** One follow-up per channel and story: a second `follow` moves it. */
  follow(input: {
    channelId: string;
    userId: string;
    articleId: number;
    query: string;
    time: string;
    timezone: string;
  }): SavedSchedule;
  /** One digest per channel. */
  setDigest(input: { channelId: string; userId: string; time: string; timezone: string }): SavedSchedule;
  /** Removes the channel's digest; how many there were. */
  digestOff(channelId: string): number;
  /** Removes a schedule of this channel (never another channel's). */
  remove(channelId: string, scheduleId: number): Schedule | undefined;
  /** The next slot (epoch ms) of a schedule. */
  nextSlot(schedule: Schedule): number;
}

export function createScheduleUseCases(repo: ScheduleRepository, now: () => Date): ScheduleUseCases {
  /** Moves an existing schedule to the new time (re-enabling it) or creates it. */
  const save = (
    existing: Schedule | undefined,
    fields: ScheduleFields,
    where: { channelId: string; userId: string },
  ): SavedSchedule => {
    if (!existing) {
      const schedule = repo.create({
        ...fields,
        channelId: where.channelId,
        createdBy: where.userId,
        createdAt: now().toISOString(),
      });
      return { schedule, existed: false };
    }
    repo.setTime(existing.id, fields.time, fields.timezone);
    repo.setEnabled(existing.id, true);
    return { schedule: repo.get(existing.id)!, existed: true };
  };
  return {
    list: (channelId, kind) => repo.list({ channelId, ...(kind ? { kind } : {}) }),
    follow(input) {
      const existing = repo
        .list({ channelId: input.channelId, kind: 'follow' })
        .find((s) => s.articleId === input.articleId);
      return save(
        existing,
        { kind: 'follow', articleId: input.articleId, query: input.query, time: input.time, timezone: input.timezone },
        input,
      );
    },
    setDigest(input) {
      const existing = repo.list({ channelId: input.channelId, kind: 'digest' })[0];
      return save(existing, { kind: 'digest', time: input.time, timezone: input.timezone }, input);
    },
    digestOff(channelId) {
      const current = repo.list({ channelId, kind: 'digest' });
      for (const s of current) repo.remove(s.id);
      return current.length;
    },
    remove(channelId, scheduleId) {
      const target = repo.get(scheduleId);
      if (!target || target.channelId !== channelId) return undefined;
      repo.remove(target.id);
      return target;
    },
    nextSlot: (schedule) => nextSlotOf(schedule, now().getTime()),
  };
}
