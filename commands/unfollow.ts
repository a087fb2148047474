import { errorReply, noticeReply } from '../src/app/reply';
import { describeSchedule } from '../src/scheduler/describe-schedule';
import type { CommandDefinition } from './command-definition';
import { findStory } from './schedule-command-support';

/** `/brief unfollow <query | id>`: stops a follow-up in this channel. */
export const unfollowCommand: CommandDefinition = {
  name: 'unfollow',
  description: 'Stop a daily follow-up in this channel',
  usage: '/brief unfollow <story | schedule id>',
  example: '/brief unfollow 4',
  options: [
    { name: 'story', description: 'The schedule id from /brief schedules, or words from the story', required: true },
  ],
  async run(args, ctx) {
    const text = args.trim();
    if (!text) return errorReply('Which follow-up? Give its id from `/brief schedules`, or words from the story.');
    const repo = ctx.app.store.schedules;
    const here = repo.list({ channelId: ctx.channelId });
    const byId = /^#?(\d+)$/.exec(text);
    let target = byId ? here.find((s) => s.id === Number(byId[1])) : undefined;
    if (!target && !byId) {
      const follows = here.filter((s) => s.kind === 'follow');
      const article = findStory(text, ctx);
      const lower = text.toLowerCase();
      target =
        follows.find((s) => s.query?.toLowerCase() === lower) ??
        follows.find((s) => article && s.articleId === article.id);
    }
    if (!target) return errorReply(`No follow-up here matches “${text}”. See \`/brief schedules\`.`);
    repo.remove(target.id);
    return noticeReply(`Stopped #${target.id}: ${describeSchedule(target)}.`, 'channel');
  },
};
