import { DATE_PATTERNS } from './dated';

/** A preposition or deictic before a named day or date, kept with it: "by Friday", "on March 3", "next Tuesday". */
const LEAD = /\b(?:by|on|until|before|after|from|next|this|early|late|in) $/i;

/** The first date a text gives, in its own words, with the preposition before a named day ("by Friday"). */
function datePhrase(text: string): string | null {
  let best: { at: number; words: string } | null = null;
  for (const p of DATE_PATTERNS) {
    const m = p.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, words: m[0] };
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
