/**
 * Words quoted right after "asked"/"questioned" in their sentence are a question put to someone
 * (`asked by a reporter whether "…"`, `Hannity asked Trump if "…"`): never the words of the one
 * asked. Readings that tell an answer, a request or the asker apart were measured and not shipped
 * (docs/evaluation.md, fourteenth and fifteenth rounds).
 */

/** The last "asked"/"questioned" before the quotation with no sentence end or quotation after it. */
const ASKED = /\b(?:asked|questioned)\b[^.!?"“”]*["“]?$/i;

/** Whether `lead` (the quotation's sentence up to its opening mark) puts the quotation as a question. */
export const askedQuestion = (lead: string): boolean => ASKED.test(lead);
