import { calendarWords, MONTHS } from './calendar-words';
import { timeNoun } from './time-noun';

/** Words that open a time adverbial before its noun: a preposition, or a deictic that needs none ("last week"). */
const PREPOSITION = /^(?:on|at|in|during|over|throughout|since|until|by|early|late|earlier|later)$/i;
const DEICTIC = /^(?:last|this|next|that|earlier|later)$/i;
/** Words between the opener and the noun ("on the same day", "in the early morning", "at the weekend"). */
const INSIDE = /^(?:the|same|following|previous|early|late|last|this|next|that)$/i;
/** A time noun that is an adverbial with no word before it ("said Monday", "urged them yesterday"). */
const BARE = /^(?:yesterday|today|tonight)$/i;
/** Where a noun phrase cannot end: what is left before the time must still name someone. */
const NO_END = /^(?:of|for|from|with|and|or|the|a|an|to|in|on|at|by|his|her|their|its|our|my|your)$/i;

/** A month name that can be a surname or a given name ("Theresa May", "Brian May", "Tony June"). */
const MONTH_NAME = new RegExp(`^(?:${MONTHS})$`);
/** A day number or a year after a month ("May 3", "June 2019"): the month is a date. */
const DAY_NUMBER = /^\d/;

/**
 * A time word as the lexicon holds it: lower case, no possessive or closing punctuation. A month right after a
 * capitalised word is read as that name's last word unless a number follows ("urged Theresa May to publish"), so the
 * phrase is never cut inside a name; a weekday is no name.
 */
function timeWord(words: readonly string[], i: number): boolean {
  const plain = words[i]!.replace(/['’]s$/, '').replace(/[,.;:]$/, '');
  if (MONTH_NAME.test(plain) && /^\p{Lu}/u.test(words[i - 1] ?? '') && !DAY_NUMBER.test(words[i + 1] ?? '')) {
    return false;
  }
  return calendarWords(plain) || timeNoun(plain.toLowerCase());
}

/**
 * A phrase as written, less a time adverbial at its end: "the council Wednesday", "members Thursday night", "the
 * board last week", "the state on Friday" → "the council", "members", "the board", "the state". A question built
 * from the words between a verb and its infinitive ("urged the council Wednesday to reopen …" → "Will the council
 * reopen …?") takes the time of the urging along, which dates nothing the question asks. What is dropped is read
 * from its form: it ends on a time noun (WordNet's noun.time, time-nouns.json, or a weekday or month name), holds only
 * time nouns and the words that build such a phrase, and opens on a preposition, a deictic ("last", "this", "next"),
 * a weekday or a month, or is "yesterday" / "today" / "tonight". No word is changed; the phrase is returned whole
 * when no such adverbial ends it or when what would be left could not stand as a noun phrase.
 */
export function withoutTrailingTime(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || !timeWord(words, words.length - 1)) return phrase;
  let start = words.length - 1;
  while (start > 1 && (timeWord(words, start - 1) || INSIDE.test(words[start - 1]!))) start--;
  // The opener: a preposition before the run, or the run's own first word.
  if (start > 1 && PREPOSITION.test(words[start - 1]!)) start--;
  const first = words[start]!;
  const opens =
    PREPOSITION.test(first) || DEICTIC.test(first) || calendarWords(first.replace(/['’]s$/, '')) || BARE.test(first);
  const rest = words.slice(0, start);
  // "the same day" with "the" as the whole rest, or "members of" before "the spring": nothing left to name.
  if (!opens || rest.length === 0 || NO_END.test(rest.at(-1)!)) return phrase;
  return rest.join(' ');
}
