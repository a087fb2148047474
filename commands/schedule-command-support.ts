import type { StoredArticle } from '../src/store/article-repository';
import type { Schedule } from '../src/store/schedule-repository';
import { describeSchedule } from '../src/scheduler/describe-schedule';
import { formatSlot } from '../src/scheduler/format-slot';
import { nextSlotOf } from '../src/scheduler/schedule-slots';
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
