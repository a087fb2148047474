import { thatClause } from './claim-phrases';
import { DATE_PATTERNS } from './dated';
import { willQuestion } from './will-question';

/**
 * "She said the ministry would hold a public meeting before the end of the month, but did not give a date": what the
 * date is of is the promise in the same sentence, so the open question is when that happens ("When will the ministry
 * hold a public meeting?"), not when the speaker will give a date (audit 61's B-a61-15). The refusal's object is a
 * bare date, timetable or "when"; the clause before the "but" must be a reported modal clause the will-template reads,
 * and its own rough time ("before the end of the month") is dropped, the question asking for the exact one.
 */
const UNDATED =
  /,?\s+but\s+(?:\w+\s+)?(?:did|would|could|has|had) not\s+(?:give|set|say|name|offer|provide)\s+(?:a |any |an exact |a firm |a specific )?(?:date|timetable|timeline|when)\s*[.!]?$/i;

export function undatedPromise(text: string, properWords: Set<string>): string | null {
  const m = UNDATED.exec(text.trim());
  if (!m) return null;
  const promise = thatClause(text.trim().slice(0, m.index));
  // A rough time is cut at its first word; a time of the promise's subject ("Monday's meeting") stays.
  const at = Math.min(...DATE_PATTERNS.map((p) => p.exec(promise)?.index ?? promise.length));
  const clause = promise
    .slice(0, at)
    .replace(/\s+(?:on|by|in|until|before|from|at|within|sometime|some time)$/i, '')
    .trim();
  const asked = willQuestion(clause, properWords);
  return asked?.startsWith('Will ') ? asked.replace(/^Will /, 'When will ') : null;
}
