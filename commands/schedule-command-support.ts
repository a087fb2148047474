import { errorReply, type Reply } from '../src/app/reply';
import { describeSchedule } from '../src/scheduler/describe-schedule';
import { formatSlot } from '../src/scheduler/format-slot';
import { parseScheduleArgs, type ScheduleArgs, ScheduleInputError } from '../src/scheduler/schedule-input';
import { nextSlotOf } from '../src/scheduler/schedule-slots';
import type { StoredArticle } from '../src/store/article-repository';
import type { NewSchedule, Schedule } from '../src/store/schedule-repository';
import type { CommandContext } from './command-definition';

/** A story named by "#12" or by words from it (best search hit). */
export function findStory(query: string, ctx: CommandContext): StoredArticle | undefined {
  const byId = /^#?(\d+)$/.exec(query.trim());
  if (byId) return ctx.app.store.articles.get(Number(byId[1]));
  const hit = ctx.app.store.articles.search(query, 1)[0];
  return hit ? ctx.app.store.articles.get(hit.id) : undefined;
}

/** "#4 follow “flynn” (#12) daily at 09:00 Europe/London · next Tue 31 Mar, 09:00 BST" */
export function scheduleLine(schedule: Schedule, ctx: CommandContext): { text: string; note: string } {
  const note = schedule.enabled
    ? `next ${formatSlot(nextSlotOf(schedule, ctx.app.now().getTime()), schedule.timezone)}`
    : `disabled${schedule.disabledReason ? `: ${schedule.disabledReason}` : ''}`;
  return { text: `#${schedule.id} ${describeSchedule(schedule)}`, note };
}

/** "<words> [HH:MM] [zone]" with the bot's defaults, or the error reply naming what was wrong. */
export function parseScheduleCommand(args: string, ctx: CommandContext): { parsed: ScheduleArgs } | { error: Reply } {
  try {
    return { parsed: parseScheduleArgs(args, { time: '09:00', zone: ctx.app.defaultTimezone }) };
  } catch (error) {
    if (error instanceof ScheduleInputError) return { error: errorReply(error.message) };
    throw error;
  }
}

/**
 * Moves an existing schedule of this channel to the new time (re-enabling it if it was
 * disabled), or creates it; one schedule per channel and story (or per channel, for digests).
 */
export function saveSchedule(
  existing: Schedule | undefined,
  fields: Omit<NewSchedule, 'channelId' | 'createdBy' | 'createdAt'>,
  ctx: CommandContext,
): Schedule {
  const repo = ctx.app.store.schedules;
  if (!existing) {
    return repo.create({
      ...fields,
      channelId: ctx.channelId,
      createdBy: ctx.userId,
      createdAt: ctx.app.now().toISOString(),
    });
  }
  repo.setTime(existing.id, fields.time, fields.timezone);
  repo.setEnabled(existing.id, true);
  return repo.get(existing.id)!;
}
