import { distance } from 'fastest-levenshtein';
import { cmd, noticeReply, type Reply } from '../src/app/reply';

/** How much of the rest of the line the suggestion repeats. */
const REST_CHARS = 80;

/**
 * The reply to a line that starts like a command but is not `/brief` ("/breif list", "/topic x"),
 * typed where the bot reads messages (a mention, a brief's thread, the console). Near "/brief", it
 * offers the command meant, so the user retypes nothing but the fix; otherwise it says where the
 * commands are. `inThread`: said in a brief's thread, where a question is the other thing to do.
 */
export function notACommand(text: string, inThread: boolean): Reply {
  const [word = '', ...rest] = text.trim().split(/\s+/);
  const shown = `“${word.slice(0, 40)}” is not a command`;
  const typed = word.replace(/^\//, '').toLowerCase();
  if (typed.length >= 3 && /^[a-z]+$/.test(typed) && distance(typed, 'brief') <= 2)
    return noticeReply([`${shown}. Did you mean `, cmd('', rest.join(' ').slice(0, REST_CHARS)), '?']);
  return noticeReply(
    inThread
      ? [`${shown}; in a brief's thread, ask a question, or use `, cmd('help'), ' in the channel.']
      : [`${shown}; see `, cmd('help'), '.'],
  );
}
