import { DATE_PATTERNS } from './dated';

/** A preposition or deictic before a named day or date, kept with it: "by Friday", "on March 3", "next Tuesday". */
const LEAD = /\b(?:by|on|until|before|after|from|next|this|early|late|in) $/i;

const YEAR = '(?:19|20)\\d\\d(?!\\d)';
/** A month's day and year after it ("on March" of "on March 3, 2027"): part of the phrase, never left behind. */
const MONTH_TAIL = new RegExp(`^(?: \\d{1,2}(?![\\d:]))?(?:,? ${YEAR})?`);
const ENDS_IN_MONTH = /(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A year after a day ("March 3, 2027"). */
const YEAR_TAIL = new RegExp(`^,? ${YEAR}`);
/** What "by the end" is the end of, when it is a span of time ("of the month", "of 2027"); else no date to show. */
const END_OF = new RegExp(
  `^ of (?:the |this |next )?(?:${YEAR}|(?:day|week|month|year|season|decade|quarter|term|spring|summer|autumn|fall|winter)\\b)`,
  'i',
);

/** The date's whole phrase from its match: a year after it joined, "by the end" with what it ends, else none. */
function wholePhrase(text: string, m: RegExpExecArray): string | null {
  const rest = text.slice(m.index + m[0].length);
  if (/ the end$/i.test(m[0])) {
    const of = END_OF.exec(rest);
    return of ? m[0] + of[0] : null;
  }
  if (ENDS_IN_MONTH.test(m[0])) return m[0] + MONTH_TAIL.exec(rest)![0];
  return /\d$/.test(m[0]) && !new RegExp(`${YEAR}$`).test(m[0]) ? m[0] + (YEAR_TAIL.exec(rest)?.[0] ?? '') : m[0];
}

/**
 * The first date a text gives, in its own words, with the preposition before a named day ("by Friday"): the whole
 * phrase or none, never a cut one ("by the end" of "by the end of the month", review63 R63-11).
 */
function datePhrase(text: string): string | null {
  let best: { at: number; words: string } | null = null;
  for (const p of DATE_PATTERNS) {
    const m = p.exec(text);
    const words = m && wholePhrase(text, m);
    if (m && words && (!best || m.index < best.at)) best = { at: m.index, words };
  }
  if (!best) return null;
  const lead = LEAD.exec(text.slice(Math.max(0, best.at - 8), best.at));
  return lead ? `${lead[0]}${best.words}` : best.words;
}

/**
 * One decision told twice with two dates ("decide next week", "expected by Friday") is asked once (same-decision.ts);
 * the question keeps the first line's wording and adds the second line's date in the article's own words, so neither
 * date is lost. Both, not the later: which of two relative dates falls later depends on when each line was written,
 * which the copy rarely says, and two dates given for one decision are themselves worth a reporter's check.
 */
export function bothDates(question: string, other: string): string {
  const second = datePhrase(other);
  if (!second || question.toLowerCase().includes(second.toLowerCase())) return question;
  return `${question} (another line: “${second}”)`;
}
