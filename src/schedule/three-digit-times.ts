import { endsSchedule } from './closing-day';
import { parseScheduleTime } from './schedule-input';

/** The text with a time written without its colon rewritten "H:MM", and what was read, for the reply to say. */
export interface ThreeDigitTimes {
  text: string;
  /** As typed ("930am", "at 930", "9 30") and as read ("09:30"); undefined when nothing was rewritten. */
  read?: { said: string; as: string };
}

/**
 * "930am", "1130 pm", "at 930", "9 30": times typed without their colon, read as "9:30am", "at 9:30", "9:30" where a
 * time belongs (closing the words, as spelled times do), instead of an error ("930am" is not a time) or a story's
 * words ("flynn at 930" followed at 09:00). Only where the reading is the only one: the am/pm, an "at" before it, or
 * the minutes apart. A bare closing "930" may be a story's number: follow asks the stored stories (`yearOrTime`).
 * `timeFirst` (digest, which takes no story): a lone "930" is the time.
 */
export function threeDigitTimes(args: string, { timeFirst = false }: { timeFirst?: boolean } = {}): ThreeDigitTimes {
  let read: ThreeDigitTimes['read'];
  // Every pattern has the same groups: the space before, an "at", hour, minute, am/pm (maybe empty).
  const rewrite = (
    all: string,
    start: string,
    at: string,
    hour: string,
    minute: string,
    half: string,
    offset: number,
    whole: string,
  ) => {
    if (read || !endsSchedule(whole.slice(offset + all.length))) return all;
    const time = `${hour}:${minute}${half ? `${half.toLowerCase()}m` : ''}`;
    // An impossible one ("1930pm") is rewritten too, so the parser's error names it instead of it becoming a word.
    const as = readAs(time);
    if (as) read = { said: all.slice(start.length + at.length).trim(), as };
    return `${start}${at}${time}`;
  };
  const text = args
    .replace(/(^|\s)()(\d{1,2})([0-5]\d)\s*([ap])\.?\s?m\.?(?=\s|$)/gi, rewrite)
    .replace(
      timeFirst ? /(^|\s)((?:at\s+)?)([1-9])([0-5]\d)()(?=\s|$)/gi : /(^|\s)(at\s+)([1-9])([0-5]\d)()(?=\s|$)/gi,
      rewrite,
    )
    .replace(/(^|\s)()(1?\d|2[0-3])\s+([0-5]\d)()(?=\s|$)/g, rewrite);
  return read ? { text, read } : { text };
}

/** "09:30" for "9:30", "21:30" for "9:30pm"; none for an impossible one. */
function readAs(time: string): string | undefined {
  try {
    return parseScheduleTime(time).text;
  } catch {
    return undefined;
  }
}
