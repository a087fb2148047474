import { cmd, errorReply, type Reply, said } from '../src/app/reply';
import type { Schedule } from '../src/store/schedule-repository';
import type { CommandContext, CommandDefinition } from './command-definition';
import { failedSlotNote, scheduleLine } from './schedule-command-support';

/** `/brief schedules`: what this channel has, with each next post. */
export const schedulesCommand: CommandDefinition = {
  name: 'schedules',
  description: 'List this channel’s follow-ups and digest',
  usage: '',
  example: '',
  options: [],
  async run(args, ctx): Promise<Reply> {
    if (args.trim()) return errorReply(['“schedules” takes nothing after it: ', cmd('schedules'), '.']);
    const schedules = await ctx.app.schedules.list(ctx.channelId);
    if (schedules.length === 0) {
      return {
        kind: 'list',
        visibility: 'ephemeral',
        sections: [
          {
            style: 'paragraph',
            items: [
              said('Nothing scheduled here. Try ', cmd('follow', '<story> 09:00'), ' or ', cmd('digest', '17:30'), '.'),
            ],
          },
        ],
      };
    }
    return {
      kind: 'list',
      visibility: 'ephemeral',
      title: 'Scheduled in this channel',
      sections: [{ style: 'bullets', items: await Promise.all(schedules.map((s) => withFailure(s, ctx))) }],
      footer: ['Stop one with ', cmd('unfollow', 's<id>'), ', or ', cmd('digest', 'off')],
    };
  },
};

/** The schedule's line, with a slot that failed since its last post (a missed post stays visible). */
async function withFailure(schedule: Schedule, ctx: CommandContext): Promise<{ text: string; note: string }> {
  const line = await scheduleLine(schedule, ctx);
  const failed = await ctx.app.schedules.lastFailed(schedule);
  return failed
    ? { ...line, note: `${line.note} · ${failedSlotNote(failed, schedule.timezone, ctx.app.now().getTime())}` }
    : line;
}
