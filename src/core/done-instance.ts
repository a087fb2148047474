import { MONTHS, WEEKDAYS } from './calendar-words';
import { DETERMINER_SOURCE } from './determiners';
import { donePredicate } from './done-predicate';
import { governingTense } from './pending-sense';
import { phraseBefore } from './phrase-before';

/** A determiner or possessive opening the noun's phrase. */
const OPENS = String.raw`\b(?:${DETERMINER_SOURCE}|\w+['’]s)\s+`;
/** Up to two modifiers between it and the noun, no function word among them ("of", "than"). */
const MODIFIERS = String.raw`(?:(?!(?:of|than|and|or|to|in|on|for|by|as)\b)[\w'’-]+\s+){0,2}$`;
/**
 * An ordering among instances, after the phrase's determiner: "its latest review", "the previous vote", "a recent court
 * decision", "the many previous investigations" (not "every last vote", each one still to be won).
 */
const ORDERED = new RegExp(
  `${OPENS}(?:many\\s+|most\\s+)?(latest|last|previous|recent|earlier|prior)\\s+${MODIFIERS}`,
  'i',
);
/** A year opening the noun's phrase after a determiner or possessive: "the 1994 crime bill", "its 2012 ruling". */
const YEAR_MODIFIER = new RegExp(`${OPENS}(1[89]\\d\\d|20\\d\\d)\\s+${MODIFIERS}`, 'i');
/** A time the sentence sets ahead whatever its verbs: "next Tuesday", "tomorrow", "later this month". */
const TIME_AHEAD = new RegExp(
  String.raw`\b(?:next|this coming|later this)\s+(?:week|weekend|month|year|${WEEKDAYS}|${MONTHS})\b|\b(?:tomorrow|tonight)\b`,
);
/** A weekday or month after "on"/"in": ahead only with a present verb taking the noun ("publishes … in April"). */
const DAY_OR_MONTH = new RegExp(String.raw`\b(?:on|in|by|until)\s+(?:${WEEKDAYS}|${MONTHS})\b`);

/**
 * Whether one use of a "pending" noun (cueless-pending.ts) names an instance already held, read from the modifiers of
 * its own phrase: an ordering among past instances ("in its latest review", audit 51's IMF; "a recent vote"), or a
 * year before the article's own (`year`, article-year.ts) naming it ("the 1994 crime bill", an enacted law, in a 2016
 * story: sample 48's #30). A year of the article or after, or no year known, dates nothing done. Or the predicate after
 * the noun tells its act done (done-predicate.ts).
 */
export function doneInstance(text: string, at: number, word: string, year?: number): boolean {
  const phrase = phraseBefore(text, at);
  const order = ORDERED.exec(phrase)?.[1];
  // Its own predicate telling the act done ("investigators had already visited", "Its last vote was in May"), unless
  // the sentence sets a time ahead.
  if (!TIME_AHEAD.test(text) && donePredicate(text, at, word, order !== undefined)) return true;
  if (order !== undefined) return heldInstance(text, phrase, order.toLowerCase());
  const dated = YEAR_MODIFIER.exec(phrase)?.[1];
  return dated !== undefined && year !== undefined && Number(dated) < year;
}

/**
 * An ordering tells an instance held only as the sentence's time allows (review 52's B-r52-3): a verb still to come
 * ("will hold its latest review") takes one ahead; a past verb ("held its last hearing") one held. "Last" is also
 * "final", so it tells a held instance only with a past verb ("holds its last hearing next Tuesday", "faces the last
 * vote" are ahead); the others do unless the sentence sets a time ahead ("publishes its latest review in March").
 */
function heldInstance(text: string, phrase: string, order: string): boolean {
  const tense = governingTense(phrase);
  if (tense === 'ahead') return false;
  if (tense === 'done') return true;
  if (order === 'last' || TIME_AHEAD.test(text)) return false;
  // "in its latest review on Monday, says …": with no verb taking the noun, a day or month dates the review itself.
  return !(tense === 'open' && DAY_OR_MONTH.test(text));
}
