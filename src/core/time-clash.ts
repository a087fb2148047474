// A question pinned to a time ("in 2012", "next year", "this cycle", "in January") is not answered by
// a sentence pinned to another one ("last month", "the 2012 election cycle" for "this cycle"): the
// figure or fact is the right kind, for the wrong time. Read as one answer feature ('timeClash').
// Without the article's date, "this year" and "2016" read as different times even when they are one:
// the signal only leans the abstention decision, it decides nothing alone.

const MONTHS = 'january|february|april|june|july|august|september|october|november|december';
/** "may" and "march" are verbs too ("he may appeal"): months only beside a date word or a number. */
const VERB_MONTHS = '(?:in|on|since|until|by|from|early|late|mid|last|next|this) (?:may|march)|(?:may|march) \\d+';
/** Explicit times: a year, a month, or a period named relative to now. */
const TIME = new RegExp(
  `\\b(?:(?:19|20)\\d\\d|${MONTHS}|${VERB_MONTHS}|(?:last|next|this|previous|coming|past) (?:year|month|week|cycle|season|term|decade|quarter|spring|summer|autumn|fall|winter)|(?:yesterday|today|tomorrow))\\b`,
  'gi',
);

function times(text: string): Set<string> {
  return new Set(
    [...text.toLowerCase().matchAll(TIME)].map((m) =>
      m[0]
        .replace(/\b(?:previous|past)\b/, 'last')
        .replace(/^(?:in|on|since|until|by|from|early|late|mid) (may|march)$/, '$1')
        .replace(/^(may|march) \d+$/, '$1'),
    ),
  );
}

/** The question's own times, once per question. */
export function questionTimes(question: string): ReadonlySet<string> {
  return times(question);
}

/** The sentence names a time, and none of the question's: 1; otherwise (or a question with no time) 0. */
export function timeClash(asked: ReadonlySet<string>, sentence: string): number {
  if (asked.size === 0) return 0;
  const stated = times(sentence);
  if (stated.size === 0) return 0;
  for (const t of asked) if (stated.has(t)) return 0;
  return 1;
}
