/*
 * "After Bernie Sanders lost the primary, Joe Smith wept": a clause opened by a subordinator at the head of
 * the sentence and closed by a comma is background to the main clause; a name inside it is the subject of
 * that clause only, not of the sentence, so a "he" that follows reaches for the main clause's subject first.
 */

/** Subordinators that open an adverbial clause (not "In"/"On": prepositions open phrases with no verb). */
const OPENER =
  /^\s*(?:["“‘']\s*)?(?:After|Before|When|Whenever|While|Although|Though|Even though|Because|Since|As|Once|If|Unless|Until|Whereas)\s+[^,;:"“”.!?]*$/;

/** Is the name ending at `end` inside a clause that opens `text` on a subordinator and closes with a comma? */
export function frontedSubordinate(text: string, end: number): boolean {
  // Bounded: a fronted clause is short; a longer head is not one clause.
  if (end > 200 || !OPENER.test(text.slice(0, end))) return false;
  const rest = text.slice(end, end + 200);
  return /^[^;:"“”.!?]*,\s+\S/.test(rest);
}
