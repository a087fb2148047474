import type { Schedule } from '../store/schedule-repository';

/** "follow “flynn” (#3) daily at 09:00 Europe/London" — one line for lists and confirmations. */
export function describeSchedule(schedule: Schedule): string {
  const what =
    schedule.kind === 'follow'
      ? `follow “${schedule.query ?? `story #${schedule.articleId}`}”${schedule.articleId === null ? '' : ` (#${schedule.articleId})`}`
      : 'digest';
  return `${what} daily at ${schedule.time} ${schedule.timezone}`;
}
