import { errorReply, noticeReply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';
import { parseScheduleCommand, saveSchedule, scheduleLine } from './schedule-command-support';

/** `/brief digest [HH:MM] [zone]` | `/brief digest off`: this channel's daily digest. */
export const digestCommand: CommandDefinition = {
  name: 'digest',
  description: 'Daily digest here: what was added in 24 h and every followed story',
  usage: '/brief digest [HH:MM] [timezone] | /brief digest off',
  example: '/brief digest 17:30 America/New_York',
  options: [
    { name: 'time', description: 'HH:MM, 24-hour (default 09:00), or "off"', required: false },
    { name: 'timezone', description: 'IANA zone such as Europe/London', required: false },
  ],
  async run(args, ctx) {
    const repo = ctx.app.store.schedules;
    const current = repo.list({ channelId: ctx.channelId, kind: 'digest' });
    if (args.trim().toLowerCase() === 'off') {
      for (const s of current) repo.remove(s.id);
      return noticeReply(
        current.length > 0 ? 'Daily digest turned off for this channel.' : 'This channel has no digest.',
        'channel',
      );
    }
    const input = parseScheduleCommand(args, ctx);
    if ('error' in input) return input.error;
    const { parsed } = input;
    if (parsed.rest)
      return errorReply(
        `“${parsed.rest}” is not a time or zone. Use \`/brief digest [HH:MM] [timezone]\`, or \`/brief digest off\`.`,
      );
    const schedule = saveSchedule(current[0], { kind: 'digest', time: parsed.time.text, timezone: parsed.zone }, ctx);
    const line = scheduleLine(schedule, ctx);
    return noticeReply(
      `Daily digest here at ${schedule.time} ${schedule.timezone} (${line.note}). Stop with \`/brief digest off\`.`,
      'channel',
    );
  },
};
