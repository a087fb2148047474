import { cmd, errorReply, noticeReply, type Reply } from '../src/app/reply';
import { storyIdIn } from '../src/app/story-id-in';
import { vagueQuery } from '../src/app/vague-query';
import { describeSchedule } from '../src/schedule/describe-schedule';
import type { Schedule } from '../src/store/schedule-repository';
import type { CommandContext, CommandDefinition } from './command-definition';
import { noSuchStory } from './no-such-story';
import { scheduleRef, storyTitle } from './schedule-command-support';

/** `/brief unfollow <s-id | #story-id | words>`: stops a follow-up in this channel. */
export const unfollowCommand: CommandDefinition = {
  name: 'unfollow',
  description: 'Stop a daily follow-up in this channel',
  usage: '<s-id from schedules | #story-id | words from the story>',
  example: 's4',
  changesChannel: true,
  options: [
    {
      name: 'story',
      description: 'The schedule id (s4) from /brief schedules, or the story (#12 or words)',
      required: true,
    },
  ],
  async run(args, ctx) {
    const text = args.trim();
    if (!text)
      return errorReply([
        'Which follow-up? Give its id from ',
        cmd('schedules'),
        ' (like s4), or words from the story.',
      ]);
    if (/^\d+$/.test(text)) {
      // A bare number could be a schedule or a story; guessing could stop the wrong follow-up.
      return errorReply([
        `“${text}” could be schedule s${text} or story #${text}: say `,
        cmd('unfollow', `s${text}`),
        ' or ',
        cmd('unfollow', `#${text}`),
        '.',
      ]);
    }
    const several = text.split(/[\s,]+/);
    if (several.length > 1 && several.every((w) => /^s\d+$/i.test(w))) {
      return errorReply(['One at a time, e.g. ', cmd('unfollow', several[0]!), '.']);
    }
    if (/^(?:all|everything|every(?:thing|\s+follow-?ups?)|all\s+(?:of\s+them|follow-?ups?|stories))$/i.test(text))
      return everyFollow(text, ctx);
    // Only function words ("unfollow the") name no story: searched, they stopped whichever
    // follow-up's story held "the". Asked as /brief the is.
    if (vagueQuery(text))
      return errorReply([
        `Which follow-up? “${text.slice(0, 40)}” is too vague: give its id from `,
        cmd('schedules'),
        ' (like s4), or words from the story. Nothing was stopped.',
      ]);
    const target = await findFollow(text, ctx);
    if (!target) return noFollow(text, ctx);
    const title = await storyTitle(target, ctx);
    await ctx.app.schedules.remove(ctx.channelId, target.id);
    return noticeReply(`Stopped ${scheduleRef(target)}: ${describeSchedule(target, title)}.`, 'channel');
  },
};

/** The follow-up here that `text` names (s-id, #id, its words, or words finding its story). */
export async function findFollow(text: string, ctx: CommandContext): Promise<Schedule | undefined> {
  const here = await ctx.app.schedules.list(ctx.channelId);
  const scheduleId = /^s(\d+)$/i.exec(text)?.[1];
  if (scheduleId) return here.find((s) => s.id === Number(scheduleId));
  const follows = here.filter((s) => s.kind === 'follow');
  // "#1." at the end of a sentence is story #1, as in /brief #1.
  const storyId = text.startsWith('#') ? storyIdIn(text) : undefined;
  if (storyId) return follows.find((s) => s.articleId === Number(storyId));
  const lower = text.toLowerCase();
  const byQuery = follows.find((s) => s.query?.toLowerCase() === lower);
  if (byQuery) return byQuery;
  const article = await ctx.app.findStory(text);
  return article ? follows.find((s) => s.articleId === article.id) : undefined;
}

/**
 * Why nothing was stopped: a story no one stored is answered as every command answers it (with
 * the closest titles); a stored story, or a schedule id, simply has no follow-up here.
 */
async function noFollow(text: string, ctx: CommandContext): Promise<Reply> {
  const schedules = ['. See ', cmd('schedules'), '.'];
  if (/^s\d+$/i.test(text)) return errorReply([`No schedule ${text.toLowerCase()} in this channel`, ...schedules]);
  const article = await ctx.app.findStory(text);
  if (!article) return noSuchStory(text, ctx, { searched: 'stories', retry: (id) => cmd('unfollow', `#${id}`) });
  return errorReply([`Nothing here follows “${article.title}” (#${article.id})`, ...schedules]);
}

/**
 * "unfollow all": searched as words, "all" stopped whichever follow-up's story held the word. A broad word stops
 * nothing (as several ids do not): the follow-ups here are listed, each with the command that stops it.
 */
async function everyFollow(text: string, ctx: CommandContext): Promise<Reply> {
  const follows = (await ctx.app.schedules.list(ctx.channelId)).filter((s) => s.kind === 'follow');
  if (follows.length === 0)
    return errorReply(['Nothing here is followed, so nothing was stopped. See ', cmd('schedules'), '.']);
  const items = await Promise.all(
    follows.map(async (s) => ({
      text: describeSchedule(s, await storyTitle(s, ctx)),
      command: cmd('unfollow', scheduleRef(s)),
    })),
  );
  const headline = `Nothing was stopped: “${text.slice(0, 40)}” is not one follow-up. Stop each with its command.`;
  return {
    kind: 'error',
    visibility: 'ephemeral',
    sections: [
      { style: 'paragraph', items: [{ text: headline }] },
      { heading: 'Followed here', style: 'bullets', items },
    ],
  };
}
