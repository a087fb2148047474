/**
 * Words quoted right after "asked"/"questioned" in their sentence are a question put to someone
 * (`asked by a reporter whether "…"`, `Hannity asked Trump if "…"`): never the words of the one
 * asked. Readings that tell an answer, a request or the asker apart were measured and not shipped
 * (docs/evaluation.md, fourteenth and fifteenth rounds).
 */

/** The last "asked"/"questioned" before the quotation with no sentence end or quotation after it. */
const ASKED = /\b(?:asked|questioned)\b[^.!?"“”]*["“]?$/i;

/**
 * The asked clause closed by a comma before the quotation's own clause: a speech verb after the comma, with at most
 * a short subject before it, the quotation being the answer — fronted ("Asked when results might come, she said it
 * would be "…""; audit 49) or anywhere ("Cruz, when asked what was wrong, responded that the plan "…""; session 50)
 * — or a coordinated clause with a subject of its own ("they are asked to rank them, and the panel is less likely to
 * be "…"", session 50). A question quoted inside the clause ("When asked "…", she said") stops at its mark and is
 * still a question, and so is a quotation after a later "asked".
 */
const CLOSED = new RegExp(
  String.raw`\b(?:[Aa]sked|[Qq]uestioned)\b[^.!?"“”]*?,\s+(?:(?:[^.!?"“”,]{1,60}?\s)?` +
    String.raw`(?:said|says|told|tells|replied|replies|answered|responded|added|explained|insisted|estimated|predicted)\b` +
    String.raw`|(?:and|but)\s+(?:[Tt]he|an?|he|she|they|we|I|\p{Lu}[\p{L}’'-]+)\s)` +
    String.raw`(?:(?!\b(?:[Aa]sked|[Qq]uestioned)\b)[^.!?"“”])*["“]?$`,
  'u',
);

/** Whether `lead` (the quotation's sentence up to its opening mark) puts the quotation as a question. */
export const askedQuestion = (lead: string): boolean => ASKED.test(lead) && !CLOSED.test(lead);
