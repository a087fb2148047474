import { errorReply, noticeReply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';
import { findStory, parseScheduleCommand, saveSchedule, scheduleLine } from './schedule-command-support';

/** `/brief follow <query> [HH:MM] [zone]`: a daily follow-up of that story in this channel. */
export const followCommand: CommandDefinition = {
  name: 'follow',
  description: 'Daily follow-up of a story here: open questions and what is new',
  usage: '/brief follow <story> [HH:MM] [timezone]',
  example: '/brief follow ferry 09:00 Europe/London',
  options: [
    { name: 'story', description: 'Words from the story, or #id', required: true },
    { name: 'time', description: 'HH:MM, 24-hour (default 09:00)', required: false },
    { name: 'timezone', description: 'IANA zone such as Europe/London (default: the bot’s zone)', required: false },
  ],
  async run(args, ctx) {
    const input = parseScheduleCommand(args, ctx);
    if ('error' in input) return input.error;
    const { parsed } = input;
    if (!parsed.rest) return errorReply('Which story? e.g. `/brief follow ferry 09:00 Europe/London`.');
    const article = findStory(parsed.rest, ctx);
    if (!article)
      return errorReply(`No stored story matches “${parsed.rest}”. Add it first with \`/brief add <link>\`.`);
    const existing = ctx.app.store.schedules
      .list({ channelId: ctx.channelId, kind: 'follow' })
      .find((s) => s.articleId === article.id);
    const query = /^#?\d+$/.test(parsed.rest) ? article.title : parsed.rest;
    const schedule = saveSchedule(
      existing,
      { kind: 'follow', articleId: article.id, query, time: parsed.time.text, timezone: parsed.zone },
      ctx,
    );
    const line = scheduleLine(schedule, ctx);
    const verb = existing ? 'Already following; moved to' : 'Following here,';
    return noticeReply(
      `${verb} daily at ${schedule.time} ${schedule.timezone}: “${article.title}” (#${article.id}). ` +
        `First follow-up ${line.note.replace(/^next /, '')}. Stop with \`/brief unfollow ${schedule.id}\`.`,
      'channel',
    );
  },
};
