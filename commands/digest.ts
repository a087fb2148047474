import { cmd, errorReply, noticeReply } from '../src/app/reply';
import type { Schedule } from '../src/store/schedule-repository';
import type { CommandDefinition } from './command-definition';
import { dayNote, parseScheduleCommand, scheduleLine } from './schedule-command-support';

/** `/brief digest [HH:MM] [zone]` | `/brief digest off`: this channel's daily digest. */
export const digestCommand: CommandDefinition = {
  name: 'digest',
  description: 'Daily digest here: what was added since the last digest and every followed story',
  usage: '[HH:MM] [timezone] | off',
  example: '17:30 America/New_York',
  changesChannel: true,
  options: [
    {
      name: 'time',
      description: 'HH:MM, 24-hour (also 1830, 18h30), or 9am, 6:30pm (default 09:00), or "off"',
      required: false,
    },
    { name: 'timezone', description: 'IANA zone such as Europe/London', required: false },
  ],
  async run(args, ctx) {
    const [first = '', ...rest] = args.trim().split(/\s+/);
    if (first.toLowerCase() === 'off') {
      if (rest.length > 0) return errorReply([`Nothing goes after “off”: `, cmd('digest', 'off'), '.']);
      const removed = await ctx.app.schedules.digestOff(ctx.channelId);
      return noticeReply(
        removed > 0 ? 'Daily digest turned off for this channel.' : 'This channel has no digest.',
        'channel',
      );
    }
    const input = parseScheduleCommand(args, ctx, { timeFirst: true });
    if ('error' in input) return input.error;
    const { parsed } = input;
    if (parsed.rest)
      return errorReply([
        `“${parsed.rest}” is not a time or zone. Use `,
        cmd('digest', '[HH:MM] [timezone]'),
        ' (or a 12-hour time: 6pm, 6 p.m.), or ',
        cmd('digest', 'off'),
        '.',
      ]);
    // `previous` is the one it moved, so a bare `digest` that moves 17:30 back to the default says
    // so, and of two commands at once the second says it moved the first's.
    const { schedule, previous } = await ctx.app.schedules.setDigest({
      channelId: ctx.channelId,
      userId: ctx.userId,
      time: parsed.time.text,
      timezone: parsed.zone,
    });
    const line = await scheduleLine(schedule, ctx);
    const day = input.day ? await dayNote(input.day, schedule, ctx, 'Digests') : '';
    return noticeReply(
      [
        `Daily digest here ${digestChange(previous, schedule)} (${line.note}).${input.note}${day} Stop with `,
        cmd('digest', 'off'),
        '.',
      ],
      'channel',
    );
  },
};

function digestChange(before: Schedule | undefined, after: Schedule): string {
  const at = (s: Schedule) => `${s.time} ${s.timezone}`;
  if (!before) return `at ${at(after)}`;
  return at(before) === at(after) ? `is already at ${at(after)}` : `moved from ${at(before)} to ${at(after)}`;
}
