import { isReportedClause } from './statement-checks';

/**
 * A short subject (one to eight words, no punctuation) and then a quotation at once: "he "may …"", "places such as
 * Iowa "have more …"". Each repetition stops at a space the next cannot cross, so the match is linear.
 */
const SUBJECT_THEN_QUOTE = /^(?:[\p{L}\p{N}'’.-]+\s+){1,8}?["“]/u;
/** The quotation's opening words are enough to show a verb. */
const QUOTE_OPENING = 80;

/**
 * "Cross said he "may yet have to vote for her"", "Green said places such as Iowa "have more of a claim"": the
 * reported clause's subject is the reporter's words and its verb is inside the quotation, so the clause read with
 * quotations blanked (as reported speech is) shows no verb. `raw` is the clause as written, quotations and all;
 * it is a clause when a short subject opens it, a quotation follows at once, and the two read as a clause.
 */
export function quotedPredicate(raw: string): boolean {
  const opens = SUBJECT_THEN_QUOTE.exec(raw);
  return opens !== null && isReportedClause(raw.slice(0, opens[0].length + QUOTE_OPENING));
}
