import type { Reply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';
import { scheduleLine } from './schedule-command-support';

/** `/brief schedules`: what this channel has, with each next post. */
export const schedulesCommand: CommandDefinition = {
  name: 'schedules',
  description: 'List this channel’s follow-ups and digest',
  usage: '/brief schedules',
  example: '/brief schedules',
  options: [],
  async run(_args, ctx): Promise<Reply> {
    const schedules = ctx.app.store.schedules.list({ channelId: ctx.channelId });
    if (schedules.length === 0) {
      return {
        kind: 'list',
        visibility: 'ephemeral',
        sections: [
          {
            style: 'paragraph',
            items: [{ text: 'Nothing scheduled here. Try `/brief follow <story> 09:00` or `/brief digest 17:30`.' }],
          },
        ],
      };
    }
    return {
      kind: 'list',
      visibility: 'ephemeral',
      title: 'Scheduled in this channel',
      sections: [{ style: 'bullets', items: schedules.map((s) => scheduleLine(s, ctx)) }],
      footer: 'Stop one with /brief unfollow <id>, or /brief digest off',
    };
  },
};
