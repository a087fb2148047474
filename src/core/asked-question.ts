/**
 * Words quoted right after "asked"/"questioned" in their sentence are a question put to someone
 * (`asked by a reporter whether "…"`, `Hannity asked Trump if "…"`): never the words of the one
 * asked. Readings that tell an answer, a request or the asker apart were measured and not shipped
 * (docs/evaluation.md, fourteenth and fifteenth rounds).
 */

/** The last "asked"/"questioned" before the quotation with no sentence end or quotation after it. */
const ASKED = /\b(?:asked|questioned)\b[^.!?"“”]*["“]?$/i;

/**
 * A fronted "Asked …," or "When asked …," opening the sentence, then a subject and its own speech verb before the
 * quotation: the question is put in the clause, the quotation is the subject's answer ("Asked when results might
 * come, she said it would be "…""; audit 49). A question quoted inside the clause ("When asked "…", she said")
 * stops at its mark and is still a question.
 */
const FRONTED = new RegExp(
  String.raw`^\s*(?:(?:when|if|once|after)\s+)?(?:asked|questioned)\b[^.!?"“”]*?,\s+[^.!?"“”,]{1,60}?\b` +
    String.raw`(?:said|says|told|tells|replied|replies|answered|responded|added|explained|insisted|estimated|predicted)` +
    String.raw`\b(?:(?!\b(?:asked|questioned)\b)[^.!?"“”])*["“]?$`,
  'i',
);

/**
 * Whether `lead` (the quotation's sentence up to its opening mark) puts the quotation as a question. `whole`: the
 * lead starts where the sentence does, so a fronted asked clause can be told from one cut mid-sentence.
 */
export const askedQuestion = (lead: string, whole = false): boolean =>
  ASKED.test(lead) && !(whole && FRONTED.test(lead));
