import { MONTHS, WEEKDAYS } from './calendar-words';
/**
 * A past time a sentence dates its event by: "on June 30, 1982", "in 1990", "last week", "earlier this
 * month", "yesterday", "three days ago", "on Tuesday", and US copy's bare weekday ("announced Tuesday"; not
 * "Tuesday's primary", which names an event, nor "deemed Tuesday \"Free Arash Day\"", where the day is the
 * object). Read by past-dated.ts (history told with its date) and by the investigation template, which leaves the
 * date of the launch out of the inquiry's name.
 */
export const PAST_TIME = new RegExp(
  String.raw`\b(?:in|on) (?:(?:${MONTHS})(?: \d{1,2})?,? )?(?:1[89]\d\d|20[0-4]\d)\b|\b(?:last|earlier this) (?:week|month|year|spring|summer|fall|autumn|winter|${WEEKDAYS})\b|\byesterday\b|\b\w+ (?:days|weeks|months|years|decades) ago\b|\bon (?:${WEEKDAYS})\b|\b(?:${WEEKDAYS})\b(?!['’]|\s+["“‘A-Z])`,
  'g',
);
