import { cmd, errorReply, type Reply } from '../src/app/reply';
import type { CommandContext } from './command-definition';
import { holdsWords } from './holds-words';
import { findFollow } from './unfollow';

const VERB = '(stop|cancel|end|pause|mute|remove|delete)';
/** "stop s4", "cancel the digest", "stop following", "stop all": what a schedule is, never a story's words. */
const STOP_SCHEDULE = new RegExp(
  `^${VERB}(?:\\s+(s\\d+|(?:the\\s+)?digest|(?:all\\s+|the\\s+)?follow-?ups?|following|all|everything))?$`,
  'i',
);
/** "delete 3", "remove #3": a story by its id. */
const DROP_STORY = /^(delete|remove)\s+#?(\d+)$/i;

/**
 * `/brief stop s4`, `/brief delete 3`: a request to stop or remove something in words that are not a command.
 * Searched as a story, "stop s4" said no story matches and "delete 1" briefed whichever story held "1", in the
 * channel; the reply names the command that does it, and that nothing was done. Only lines that name a schedule
 * or an id (or the verb alone) are read so: "stop and search" is still a story's words.
 */
export function stopRequest(text: string): Reply | undefined {
  const story = DROP_STORY.exec(text.trim());
  if (story) {
    const id = story[2]!;
    return errorReply([
      `Nothing was removed: stories are deleted where newsbrief runs (newsbrief delete ${id}), not from chat. To stop following it here, `,
      cmd('unfollow', `#${id}`),
      '.',
    ]);
  }
  const schedule = STOP_SCHEDULE.exec(text.trim());
  if (!schedule) return undefined;
  const [, verb = '', what = ''] = schedule;
  const said = `“${verb.toLowerCase()}” is not a command, so nothing was stopped`;
  if (/^s\d+$/i.test(what))
    return errorReply([`${said}. To stop ${what.toLowerCase()}: `, cmd('unfollow', what.toLowerCase()), '.']);
  if (/digest/i.test(what)) return errorReply([`${said}. To stop the digest: `, cmd('digest', 'off'), '.']);
  return errorReply([
    `${said}. To stop a follow-up: `,
    cmd('unfollow', 's<id>'),
    ' (the ids are in ',
    cmd('schedules'),
    '); the digest: ',
    cmd('digest', 'off'),
    '.',
  ]);
}

/** Verbs that begin headlines too ("stop the boats", "end of an era"): read as a request only for a follow-up here. */
const HEADLINE_VERB = '(?:stop|end|pause|drop|kill|quit)';
/** Verbs hardly any story's words start with: read as a request whenever the rest names a story. */
const REQUEST_VERB = '(?:cancel|mute|remove|delete|unsubscribe|unsub|disable)';
const VERB_AND_STORY = new RegExp(`^(${HEADLINE_VERB}|${REQUEST_VERB})\\s+(?:(?:from|following|the)\\s+)?(.+)$`, 'i');

/**
 * `/brief remove ferry`: briefed as a story, the channel got the ferry story posted when the user meant to stop
 * following it. The reply names `unfollow` with the same words, and that nothing was done. The words stay a story's
 * when the story the whole line finds holds the line ("stop and search"), or when a headline verb's rest names no
 * follow-up here.
 */
export async function stopStoryRequest(text: string, ctx: CommandContext): Promise<Reply | undefined> {
  const said = VERB_AND_STORY.exec(text.trim());
  if (!said) return undefined;
  const [, verb = '', words = ''] = said;
  const whole = await ctx.app.findStory(text);
  if (whole && holdsWords(whole, text)) return undefined;
  const follow = await findFollow(words, ctx);
  if (!follow && (new RegExp(`^${HEADLINE_VERB}$`, 'i').test(verb) || !(await ctx.app.findStory(words))))
    return undefined;
  const shown = `“${verb.toLowerCase()}” is not a command, so nothing was stopped`;
  const meant = [`${shown}. Did you mean `, cmd('unfollow', words), '?'];
  if (follow) return errorReply(meant);
  return errorReply([
    ...meant,
    ' Nothing here follows it now (see ',
    cmd('schedules'),
    '). For the story itself: ',
    cmd('', words),
    '.',
  ]);
}
