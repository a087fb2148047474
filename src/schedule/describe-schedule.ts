import type { Schedule } from '../store/schedule-repository';

/**
 * "follow “flynn” (#3) daily at 09:00 Europe/London" — one line for lists and confirmations. A
 * follow made by story id stores no words: it names the story by `storyTitle`, its title now, so a
 * renamed story is not listed under the title it had when it was followed.
 */
export function describeSchedule(schedule: Schedule, storyTitle?: string): string {
  const what =
    schedule.kind === 'follow'
      ? `follow “${schedule.query ?? storyTitle ?? `story #${schedule.articleId}`}”${schedule.articleId === null ? '' : ` (#${schedule.articleId})`}`
      : 'digest';
  return `${what} daily at ${schedule.time} ${schedule.timezone}`;
}

/** The id of the story a follow names by id (it stored no words), whose title is looked up to show it. */
export function storyFollowedById(schedule: Schedule): number | null {
  return schedule.kind === 'follow' && schedule.query === null ? schedule.articleId : null;
}
