import { cmd, errorReply, noticeReply } from '../src/app/reply';
import { storyIdIn } from '../src/app/story-id-in';
import { vagueQuery } from '../src/app/vague-query';
import type { Schedule } from '../src/store/schedule-repository';
import { closingPair } from './closing-pair';
import type { CommandDefinition } from './command-definition';
import { noSuchStory } from './no-such-story';
import {
  dayNote,
  parseScheduleCommand,
  scheduleLine,
  scheduleRef,
  tonightWithoutTime,
  yearOrTime,
} from './schedule-command-support';

/** `/brief follow <query> [HH:MM] [zone]`: a daily follow-up of that story in this channel. */
export const followCommand: CommandDefinition = {
  name: 'follow',
  description: 'Daily follow-up of a story here: open questions and what is new',
  usage: '<story> [HH:MM] [timezone]',
  example: 'ferry 09:00 Europe/London',
  changesChannel: true,
  options: [
    { name: 'story', description: 'Words from the story, or #id', required: true, suggest: 'stories' },
    { name: 'time', description: 'HH:MM, 24-hour (also 1830, 18h30), or 9am, 6:30pm (default 09:00)', required: false },
    { name: 'timezone', description: 'IANA zone such as Europe/London (default: the bot’s zone)', required: false },
  ],
  async run(args, ctx) {
    const input = parseScheduleCommand(args, ctx);
    if ('error' in input) return input.error;
    const read = await yearOrTime(input.parsed, ctx);
    if ('error' in read) return read.error;
    const { parsed } = read;
    const pair = await closingPair(input.said, parsed, ctx);
    if (pair) return pair;
    if (input.day === 'tonight' && !parsed.timeSaid) return tonightWithoutTime();
    // Only function words ("follow the") name no story: the same ask as no words.
    if (!parsed.rest || vagueQuery(parsed.rest))
      return errorReply(['Which story? e.g. ', cmd('follow', 'ferry 09:00 Europe/London'), '.']);
    const article = await ctx.app.findStory(parsed.rest);
    if (!article) {
      // The retry keeps the time and zone as typed (or as defaulted), so only the story changes.
      const when = `${parsed.time.text} ${parsed.zone}`;
      return noSuchStory(parsed.rest, ctx, { searched: 'stories', retry: (id) => cmd('follow', `#${id} ${when}`) });
    }
    // Followed by id, the schedule keeps only the id: its lines show the story's title as it is then.
    const query = storyIdIn(parsed.rest) !== undefined ? null : parsed.rest;
    const { schedule, previous } = await ctx.app.schedules.follow({
      channelId: ctx.channelId,
      userId: ctx.userId,
      articleId: article.id,
      query,
      time: parsed.time.text,
      timezone: parsed.zone,
    });
    const line = await scheduleLine(schedule, ctx);
    // Like digest's reply: a repeated follow says nothing moved, a new time names the old one; only a
    // new follow has a first follow-up (a moved one may have posted some already).
    const at = (s: { time: string; timezone: string }) => `${s.time} ${s.timezone}`;
    const [change, first] = !previous
      ? [`Following here, daily at ${at(schedule)}`, 'First']
      : at(previous) === at(schedule)
        ? [`Already following here, daily at ${at(schedule)}`, 'Next']
        : [`Already following; moved from ${at(previous)} to ${at(schedule)}`, 'Next'];
    const day = input.day && (await dayNote(input.day, schedule, ctx, 'Follow-ups'));
    return noticeReply(
      [
        `${change}: “${article.title}” (#${article.id}).${newWords(previous, query)} ${first} follow-up ${line.note.replace(/^next /, '')}.${input.note}${read.note}${day ?? ''} Stop with `,
        cmd('unfollow', scheduleRef(schedule)),
        '.',
      ],
      'channel',
    );
  },
};

/**
 * "follow flynn" then "follow flynn immunity deal": the same story (one follow-up per story here), now listed by the
 * new words; said, so the user knows which words `schedules` shows and `unfollow` takes. By id, the words stay.
 */
function newWords(previous: Schedule | undefined, query: string | null): string {
  if (!previous || query === null || previous.query === query) return '';
  return ` Now listed as “${query}”${previous.query === null ? '' : ` (was “${previous.query}”)`}.`;
}
