/**
 * The bench's words to a defendant: "Judge Catherine Richards told him: "You betrayed …"", "Sentencing her, the
 * recorder said: "…"", "“…,” said Judge Ann Lowe." A charge word in a sentencing remark is the court's ruling on
 * record, not one side of a dispute, so the quoted charge asks nothing (review s33 B-main-52). "Justice" is left
 * out: a justice's charge is often a dissent, which is a dispute. The bench must be the tag's subject (the words
 * right before its verb), so "…, the judge's critics said: "…"" is not read. Bounded, so linear.
 */
const BENCH_BEFORE =
  /(?:\b(?:the|The)\s+(?:judge|recorder|magistrate|sheriff)\s+|\b(?:Judge|Recorder|Sheriff)\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+){1,3})(?:(?:said|says|added|told\s+(?:him|her|them|the\s+(?:defendant|court))))[:,]?\s*["“]/u;
const BENCH_AFTER =
  /["”’],?\s+(?:said|says|added)\s+(?:the\s+(?:judge|recorder|magistrate|sheriff)|(?:Judge|Recorder|Sheriff)\s+[A-Z])/;

export function benchRuling(text: string): boolean {
  return BENCH_BEFORE.test(text) || BENCH_AFTER.test(text);
}
