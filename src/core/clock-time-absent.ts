import type { Analysis } from './analysis-types';

/**
 * "What time does the dinner start?", "at what hour…": the wh-phrase asks for a time of day, not a date or a span;
 * "what time of year" asks for a season or month (review s44 B-r44-2).
 */
const ASKS_CLOCK =
  /\b(?:what|which) time\b(?!\s+(?:(?:frame|period|scale|line|zone|limit)s?|of (?:the )?(?:year|month|week|season|life))\b)|\bwhat hour\b/i;

/**
 * A time of day: a clock reading ("7:19 p.m.", "2pm", "2005 GMT"), a 24-hour or spelled hour after a preposition of
 * time ("at 19.30", "by 2130", "at nine": British and wire house styles, review s44 B-r44-2), a named hour ("noon",
 * "midnight") or a part of day. Reading too much here only answers as the ranker would without this gate.
 */
const CLOCK =
  /\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b|\b(?:at|by|from|until|till|before|after|around|about|past)\s+(?:(?:[01]?\d|2[0-3])[.:h]?[0-5]\d(?:\s?(?:hrs|hours|h)\b)?(?![.,:]?\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:of|per|percent|point|stage|time|people|days?|weeks?|months?|years?|[a-z]+s)\b))|\b\d{4}\s?(?:GMT|BST|UTC|[ECMP][SD]?T)\b|\b(?:noon|midday|midnight|o['’]clock|dawn|dusk|daybreak|sunrise|sunset|morning|afternoon|evening|night|tonight|overnight|half past|quarter (?:past|to))\b/i;

/**
 * "What time did the plane lose contact?" over "…, the airline said Thursday.": a sentence giving no time of day
 * cannot say at what time; a weekday or a date answers "when", not "what time".
 */
export function clockTimeAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  if (!ASKS_CLOCK.test(question) || CLOCK.test(analysis.sentences[best]!.text)) return undefined;
  return 'The article gives no time of day for it.';
}
