import { cmd, errorReply, type Reply } from '../src/app/reply';

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
