/**
 * "Ms. Ortiz thanked the nurses, who said the shifts were "…"": a speech verb in a relative clause on the clause's
 * object says whose the quotation is (the antecedent's), and the clause's own subject, named before its verb, is the
 * one person it is not (review s33 B-main-53). The relative's verb is a speech verb or one that puts words to a thing
 * ("called", "described").
 */
const OUTSIDE =
  /^\s+[a-z]\w*(?:\s+[a-z]\w*)?\s+[^,;"“”]{1,80},\s+(?:who|which)\s+(?:had\s+|has\s+|have\s+)?(?:said|says|told|tells|added|adds|called|calls|described|describes|warned|warns|argued|argues|insisted|insists|claimed|claims|wrote|writes|declared|declares)\b[^"“”]{0,200}["“‘']\s*$/;

/** Is the person named at `name` the subject of a clause whose object's relative clause introduces the quotation? */
export function relativeOutsider(
  sentence: { text: string; start: number },
  name: { start: number; end: number },
  quote: { start: number },
): boolean {
  if (name.end > quote.start || quote.start - name.end > 320) return false;
  return OUTSIDE.test(sentence.text.slice(name.end - sentence.start, quote.start - sentence.start));
}
