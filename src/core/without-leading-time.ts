import { calendarWords } from './calendar-words';
import { timeNoun } from './time-noun';

/** Words that open a time adverbial before its noun ("on Monday", "last week"). */
const OPENER = /^(?:on|at|in|during|over|last|this|next|earlier|later)$/i;
/** Words inside one, before its time noun ("on the same day", "in the early morning"). */
const INSIDE = /^(?:the|same|following|previous|early|late|last|this|next)$/i;
/** A time noun that needs no word before it ("said yesterday the board …"). */
const BARE = /^(?:yesterday|today|tonight)$/i;

/**
 * A phrase as written, less a time adverbial at its start: "Tuesday the library trust", "on Monday night the board",
 * "last week that the board" → "the library trust", "the board", "the board". What a saying verb reports can follow the
 * time of the saying ("The mayor said Tuesday the trust is considering …"), and the time is no part of the clause's
 * subject. The run must end on a time noun (a weekday, a month, WordNet's noun.time); a possessive ("Monday's vote")
 * opens a noun phrase and is kept, as is a month or weekday before a capital. The phrase is returned whole when no such run opens it or nothing would be left.
 */
export function withoutLeadingTime(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const time = (word: string): boolean => calendarWords(word) || BARE.test(word) || timeNoun(word.toLowerCase());
  if (!OPENER.test(words[0]!) && !time(words[0]!.replace(/,$/, ''))) return phrase;
  let end = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!.replace(/,$/, '');
    // "Sunday Times", "August Marine": a capital after the opening word that is no month or weekday names something.
    if (i > 0 && /^\p{Lu}/u.test(word) && !calendarWords(word)) return phrase;
    if (time(word)) end = i + 1;
    else if (!OPENER.test(word) && !INSIDE.test(word)) break;
  }
  if (end === 0) return phrase;
  const rest = words.slice(end);
  // "August Marine", "Sunday Times", "Tuesday Morning": a month or weekday before a capital may open a name; kept
  // whole, so the caller names no decider rather than cut the name (review s58 R59-4).
  if (calendarWords(words[end - 1]!.replace(/,$/, '')) && /^\p{Lu}/u.test(rest[0] ?? '')) return phrase;
  if (/^that$/i.test(rest[0]!)) rest.shift();
  return rest.length > 0 ? rest.join(' ') : phrase;
}
