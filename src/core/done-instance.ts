import { phraseBefore } from './phrase-before';

/** A determiner or possessive opening the noun's phrase. */
const OPENS = String.raw`\b(?:the|a|an|its|his|her|their|our|this|that|these|those|\w+['’]s)\s+`;
/** Up to two modifiers between it and the noun, no function word among them ("of", "than"). */
const MODIFIERS = String.raw`(?:(?!(?:of|than|and|or|to|in|on|for|by|as)\b)[\w'’-]+\s+){0,2}$`;
/**
 * An ordering among instances already held, after the phrase's determiner: "its latest review", "the previous vote",
 * "a recent court decision", "the many previous investigations" (not "every last vote", each one still to be won).
 */
const PAST_ORDER = new RegExp(
  `${OPENS}(?:many\\s+|most\\s+)?(?:latest|last|previous|recent|earlier|prior)\\s+${MODIFIERS}`,
  'i',
);
/** A year opening the noun's phrase after a determiner or possessive: "the 1994 crime bill", "its 2012 ruling". */
const YEAR_MODIFIER = new RegExp(`${OPENS}(1[89]\\d\\d|20\\d\\d)\\s+${MODIFIERS}`, 'i');

/**
 * Whether one use of a "pending" noun (cueless-pending.ts) names an instance already held, read from the modifiers of
 * its own phrase: an ordering among past instances ("in its latest review", audit 51's IMF; "a recent vote"), or a
 * year before the article's own (`year`, article-year.ts) naming it ("the 1994 crime bill", an enacted law, in a 2016
 * story: sample 48's #30). A year of the article or after, or no year known, dates nothing done.
 */
export function doneInstance(text: string, at: number, year?: number): boolean {
  const phrase = phraseBefore(text, at);
  if (PAST_ORDER.test(phrase)) return true;
  const dated = YEAR_MODIFIER.exec(phrase)?.[1];
  return dated !== undefined && year !== undefined && Number(dated) < year;
}
