/**
 * Whether a stretch of copy gives a date or a time to come of its own: "on Tuesday", "tonight", "May 5", "next
 * month", "by March", "in 2017", "before the end of the year". One reading for the gates that spare a dated event
 * (narration-gates.ts: a talked-about plan with its own date, a "was going to" put off to a date; writer-forecast.ts:
 * a forecast tied to a day), which had kept two lists with different coverage (review s39 B-r39-15). Day and month
 * names count only capitalised ("may" is a modal); "in the end" is no date.
 */
const NAMED =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?!\d))\b/;
const SPAN =
  /\b(?:tomorrow|tonight|(?:next|this|by|on|in|until|before|from) (?:week|weekend|month|year|spring|summer|autumn|fall|winter|(?:19|20)\d\d)|(?:by|until|before) the end)\b/i;
const MONTH =
  /\b(?:[Nn]ext|[Tt]his|[Bb]y|[Oo]n|[Ii]n|[Uu]ntil|[Bb]efore|[Ff]rom) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The three readings, for a caller that needs the date's words (both-dates.ts), not just whether there is one. */
export const DATE_PATTERNS: readonly RegExp[] = [NAMED, SPAN, MONTH];

export function dated(text: string): boolean {
  return DATE_PATTERNS.some((p) => p.test(text));
}
