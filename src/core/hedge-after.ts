/** A hedging noun: what the copy itself names as unconfirmed. */
const HEDGE_NOUN = /\b(?:claims?|allegations?|accusations?|suggestions?|reports?|rumou?rs?)\b/i;

/**
 * Whether the first hedging noun stands after the end of the clause asked (found in the copy by its opening words):
 * "Carson appeared on Sunday shows amid news reports that question his past statements" doubts the reports' phrase,
 * not the appearance (sample 31's #15).
 */
export function hedgeAfter(text: string, clause: string): boolean {
  const hedge = HEDGE_NOUN.exec(text);
  const start = text.indexOf(clause.slice(0, 30));
  return hedge !== null && start >= 0 && hedge.index >= start + clause.length;
}
