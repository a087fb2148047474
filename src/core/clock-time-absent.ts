import type { Analysis } from './analysis-types';

/**
 * "What time does the dinner start?", "at what hour…": the wh-phrase asks for a time of day, not a date or a span;
 * "what time of year" asks for a season or month (review s44 B-r44-2).
 */
const ASKS_CLOCK =
  /\b(?:what|which) time\b(?!\s+(?:(?:frame|period|scale|line|zone|limit)s?|of (?:the )?(?:year|month|week|season|life))\b)|\bwhat hour\b/i;

/** What may follow an hour written without "pm" or a colon: the clause's end, a day, a zone or a conjunction. */
const AFTER_HOUR = String.raw`(?=\s*(?:[.,;:!?)]|$|(?:o['’]clock|a\.?m|p\.?m|on|in|at|and|or|local|sharp|tonight|today|tomorrow|this|when|GMT|BST|UTC|hrs|hours|h)\b))`;
/** A routine's words after an hour ("0930 each day", "1400 every Friday"): a count or a year takes a noun there. */
const ROUTINE = String.raw`(?=\s+(?:each|every|daily|nightly|weekdays|precisely|exactly|prompt)\b)`;
/**
 * The hour and the minutes of "ten past nine", "five to seven", "twenty-five past 8", "20 minutes to nine". Minutes in
 * digits only with "minutes": copy writes 8:40, and "at 7 to 2", "stood at 3 to 1" are odds and ratios (B-r47-2).
 */
const SPELLED_HOUR = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const MINUTES = String.raw`(?:(?:twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|${SPELLED_HOUR})(?:\s+minutes)?|[1-5]?\d\s+minutes)`;
const HOUR = String.raw`(?:${SPELLED_HOUR}|1[0-2]|0?[1-9])\b`;

/**
 * A time of day: a clock reading ("7:19 p.m.", "2pm", "2005 GMT"), a named hour ("noon", "midnight") or a part of day;
 * British and wire house styles write "at 19.30", "at 2130", "at nine" (review s44 B-r44-2). Those three are read only
 * where a count, an amount or a year cannot stand: a bare four-digit hour after "at" before the clause's end, a day,
 * a zone or a routine's "each"/"every"; a 0-led one ("at 0930 each day") before any word, since no year or count is
 * written so; after another preposition only an hour no year can be: 0-led, or 2100–2359 off the round hour ("until
 * 0600", "by 2130"; never "by 2030", "until 1865" nor the century "until 2100", reviews s45 B-r45-2, s46 B-r46-1);
 * a dotted hour not after "by" ("rose by 10.50"); a spelled hour ending its clause or followed by a day or a zone,
 * never "about two dozen" or "won by two". Minutes past or to an hour are a clock reading by their grammar ("ten past
 * nine" anywhere; "five to seven" after at/until/before only where its clause ends, a day or a zone follows, since "five
 * to seven years" is a range).
 */
const CLOCK = new RegExp(
  [
    String.raw`\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b|\b\d{4}\s?(?:GMT|BST|UTC|[ECMP][SD]?T)\b`,
    String.raw`\b(?:at|from|until|till|before|after|past)\s+(?:[01]?\d|2[0-3])[.h][0-5]\d\b(?![.,:]?\d)`,
    String.raw`\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|h)\b`,
    String.raw`\bat\s+(?:(?:[01]\d|2[0-3])[0-5]\d(?:${AFTER_HOUR}|${ROUTINE})|0\d[0-5]\d(?=\s+\p{L}))`,
    String.raw`\b(?:by|from|until|till|before|after|around)\s+(?:0\d[0-5]\d|2[1-3](?!00)[0-5]\d)${AFTER_HOUR}`,
    String.raw`\b${MINUTES}\s+past\s+${HOUR}`,
    String.raw`\b(?:at|until|till|before)\s+${MINUTES}\s+to\s+${HOUR}${AFTER_HOUR}`,
    String.raw`\b(?:at|from|until|till|before|after|around)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)${AFTER_HOUR}`,
    String.raw`\b(?:noon|midday|midnight|o['’]clock|dawn|dusk|daybreak|sunrise|sunset|morning|afternoon|evening|night|tonight|overnight|half past|quarter (?:past|to))\b`,
  ].join('|'),
  'iu',
);

/**
 * "What time did the plane lose contact?" over "…, the airline said Thursday.": a sentence giving no time of day
 * cannot say at what time; a weekday or a date answers "when", not "what time".
 */
export function clockTimeAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  if (!ASKS_CLOCK.test(question) || CLOCK.test(analysis.sentences[best]!.text)) return undefined;
  return 'The article gives no time of day for it.';
}
