import { cmd, errorReply, type Reply } from '../src/app/reply';
import type { ScheduleArgs } from '../src/schedule/schedule-input';
import type { CommandContext } from './command-definition';
import { holdsWords } from './holds-words';

/**
 * "follow covid 19 20", "follow ferry top 10 20": a closing "H MM" is read as H:MM (threeDigitTimes), but its hour
 * may be the story's, as a closing "930" may be (`yearOrTime`): "covid" was followed at 19:20 unasked. When the
 * story the words with the hour find holds the last word and the hour side by side ("covid 19", "Covid-19",
 * "top 10"), the reply asks; otherwise the time stands. `said`: the colon-less time as typed, if one was read.
 */
export async function closingPair(
  said: string | undefined,
  parsed: ScheduleArgs,
  ctx: CommandContext,
): Promise<Reply | undefined> {
  const hour = said && /^(\d{1,2})\s+\d{2}$/.exec(said)?.[1];
  if (!hour || !parsed.rest) return undefined;
  const words = `${parsed.rest} ${hour}`;
  const phrase = `${parsed.rest.split(' ').at(-1)} ${hour}`;
  const found = await ctx.app.findStory(words);
  if (!found || !holdsWords(found, phrase)) return undefined;
  const time = parsed.time.text;
  return errorReply([
    `Did you mean ${time}, or “${phrase}” as words of the story? For the time write it with its colon: `,
    cmd('follow', `${parsed.rest} ${time}`),
    '; for the words, put the time after them: ',
    cmd('follow', `${words} 09:00`),
    '.',
  ]);
}
