import { errorReply, type Reply } from '../src/app/reply';
import { closingDay } from '../src/schedule/closing-day';
import { describeSchedule, storyFollowedById } from '../src/schedule/describe-schedule';
import { formatSlot } from '../src/schedule/format-slot';
import { parseScheduleArgs, type ScheduleArgs, ScheduleInputError } from '../src/schedule/schedule-input';
import { spelledTimes } from '../src/schedule/spelled-times';
import { threeDigitTimes } from '../src/schedule/three-digit-times';
import { localDateTime } from '../src/schedule/zoned-time';
import type { Schedule, SlotClaim } from '../src/store/schedule-repository';
import type { CommandContext } from './command-definition';
import { startDayNote } from './start-day-note';

/** The reply's note on a day said with the schedule ("tomorrow at 9am"): which day its first post comes. */
export async function dayNote(
  day: string,
  schedule: Schedule,
  ctx: CommandContext,
  what: 'Follow-ups' | 'Digests',
): Promise<string> {
  if (!schedule.enabled) return '';
  const slot = await ctx.app.schedules.nextSlot(schedule);
  const now = ctx.app.now().getTime();
  return startDayNote({ day, slot, zone: schedule.timezone, time: schedule.time, now, what });
}

/** Schedule ids read "s3" so they cannot be taken for story ids ("#3"). */
export const scheduleRef = (schedule: Pick<Schedule, 'id'>) => `s${schedule.id}`;

/** "s4 follow “flynn” (#12) daily at 09:00 Europe/London · next Tue 31 Mar, 09:00 BST" */
export async function scheduleLine(schedule: Schedule, ctx: CommandContext): Promise<{ text: string; note: string }> {
  const next = schedule.enabled ? await ctx.app.schedules.nextSlot(schedule) : 0;
  const note = schedule.enabled
    ? `next ${formatSlot(next, schedule.timezone, ctx.app.now().getTime())}${skippedTime(next, schedule)}${storyGone(schedule)}`
    : `disabled${schedule.disabledReason ? `: ${schedule.disabledReason}` : ''}`;
  return { text: `${scheduleRef(schedule)} ${describeSchedule(schedule, await storyTitle(schedule, ctx))}`, note };
}

/** The current title of a story followed by id (no words stored), for describeSchedule. */
export async function storyTitle(schedule: Schedule, ctx: CommandContext): Promise<string | undefined> {
  const storyId = storyFollowedById(schedule);
  return storyId === null ? undefined : ctx.app.storyTitle(storyId);
}

/**
 * On the night the clocks go forward a time in the skipped hour posts when they change (01:30
 * London posts at 02:00 BST): say why the time shown is not the schedule's.
 */
export function skippedTime(slot: number, schedule: Schedule): string {
  const local = localDateTime(slot, schedule.timezone);
  const shown = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return shown === schedule.time ? '' : ` (${schedule.time} does not exist that night: the clocks go forward)`;
}

/** A follow-up whose story was deleted posts once more, to say so, and then stops: say that here. */
export function storyGone(schedule: Schedule): string {
  if (schedule.kind !== 'follow' || schedule.articleId !== null) return '';
  return `; its story was deleted: that post says so, and then the follow-up stops; remove it with /brief unfollow ${scheduleRef(schedule)}`;
}

/**
 * A slot that failed since the schedule last posted, said plainly: "09:00 Tue 31 Mar BST not
 * posted: …". A slot given up because the bot could not tell whether its post went out (Discord,
 * a channel too busy to check) says so, so an editor looks for it instead of thinking it is coming.
 */
export function failedSlotNote(claim: SlotClaim, timezone: string, now: number): string {
  const when = formatSlot(Date.parse(claim.slot), timezone, now);
  if (claim.retryAt)
    return `the ${when} post failed; trying again ${formatSlot(Date.parse(claim.retryAt), timezone, now)}`;
  if (claim.failureKind === 'outcome-unknown')
    return `the ${when} post was not sent again: an attempt may have posted it, and the channel had too many messages since to check; look for it above`;
  return `the ${when} post failed and will not be retried (the bot's log says why)`;
}

/**
 * "daily at 09:00", "every day at 17:30", "at 9:00", "at 9am", "flynn daily": how people say a
 * schedule that is daily anyway. The words were read as the story's ("flynn at", listed so) or
 * refused ("“at” is not a time"), so they go when a time follows them or they end the text.
 */
const SAID_DAILY =
  /(?:^|\s)(?:(?:daily|every\s+day|each\s+day)(?:\s+at)?|at)(?=\s+\d{1,2}(?:[:.]\d{2}|(?:[:.]\d{2})?[ap]m)(?:\s|$))|(?:^|\s)(?:daily|every\s+day|each\s+day)\s*$/gi;

/**
 * "<words> [time] [zone]" with the bot's defaults, or the error reply naming what was wrong.
 * `timeFirst`: the command takes no story, so a leading "noon" is the time (digest).
 */
export function parseScheduleCommand(
  args: string,
  ctx: CommandContext,
  options: { timeFirst?: boolean } = {},
): { parsed: ScheduleArgs; day?: string; note: string; said?: string } | { error: Reply } {
  const compact = threeDigitTimes(args, options);
  const { text, day, weekly } = closingDay(spelledTimes(compact.text, options).replace(SAID_DAILY, ' ').trim());
  // Said, as a closing "1930" is: the user sees which time a colon-less one became.
  const note = compact.read ? ` “${compact.read.said}” was read as ${compact.read.as}.` : '';
  if (weekly && day)
    return {
      error: errorReply(
        `Follow-ups and digests are daily: one only on ${day.charAt(0).toUpperCase()}${day.slice(1)}s cannot be set. Leave out the day for a daily one.`,
      ),
    };
  try {
    const parsed = parseScheduleArgs(text, { time: '09:00', zone: ctx.app.defaultTimezone });
    if (day === 'tonight' && !parsed.timeSaid && !parsed.yearOrTime) return { error: tonightWithoutTime() };
    return { parsed, day, note, said: compact.read?.said };
  } catch (error) {
    if (error instanceof ScheduleInputError) return { error: errorReply(error.message) };
    throw error;
  }
}

/** "ferry tonight": no time said, and the 09:00 default is not tonight; guessing an evening hour would be worse. */
export const tonightWithoutTime = (): Reply =>
  errorReply('“Tonight” needs a time: add one (e.g. 7pm tonight, or 19:30 tonight).');

/** Whether a story's title or text holds the number as a word. */
const holdsNumber = (article: { title: string; text: string }, number: string) =>
  new RegExp(`(?:^|[^\\p{N}])${number}(?:[^\\p{N}]|$)`, 'u').test(`${article.title}\n${article.text}`);

/**
 * "follow ferry 1930", "follow flight 930": the closing number is the story's ("election 2024") when the story found
 * holds it; read as its time (with a note) only on the quarter hour (19:30, 09:30, the times schedules use), when no
 * stored story holds it and the words without it name a story; else the reply asks: "election 2024" followed at
 * 20:24 was a year read as an odd time, and "route 128" one at 01:28. Never kept as a word the search dropped (any
 * word found "ferry") while the default time is kept: the evening slots are the ones most used.
 */
export async function yearOrTime(
  parsed: ScheduleArgs,
  ctx: CommandContext,
): Promise<{ parsed: ScheduleArgs; note: string } | { error: Reply }> {
  const said = parsed.yearOrTime;
  if (!said) return { parsed, note: '' };
  const number = parsed.rest.split(' ').at(-1)!;
  const found = await ctx.app.findStory(parsed.rest);
  if (found && holdsNumber(found, number)) return { parsed: { ...parsed, yearOrTime: undefined }, note: '' };
  const words = parsed.rest.slice(0, -number.length).trim();
  if (said.minute % 15 === 0 && !(await ctx.app.mentionsWord(number)) && (await ctx.app.findStory(words)))
    return {
      parsed: { ...parsed, rest: words, time: said, timeSaid: true, yearOrTime: undefined },
      note: ` “${number}” was read as ${said.text}: no story holds it.`,
    };
  const meant = number.length === 4 ? `the year ${number}` : `“${number}” as a word of the story`;
  return {
    error: errorReply(
      `Did you mean ${said.text} or ${meant}? Write ${said.text} for the time, or put the time after it (“… ${number} 09:00”) to search for ${number} as a word.`,
    ),
  };
}
