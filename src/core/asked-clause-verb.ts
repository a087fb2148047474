/**
 * "Asked whether the board believed the contractor had erred, Malone declined to comment": the asked clause is the
 * reporter's question, so a reporting verb inside it ("believed") reports no one's speech, and the words before that
 * verb ("Asked whether the board") name no speaker (audit 61, B-a61-1). The clause opens on "asked"/"questioned",
 * perhaps with a hearer or a venue between ("asked by reporters whether", "asked on Monday if"), then a question word;
 * it runs until a comma, semicolon, colon or quotation mark closes it, after which the sentence's own subject speaks
 * ("Asked whether …, she said …" is read as before).
 */
const OPEN_ASKED_CLAUSE =
  /\b(?:asked|questioned)\s+(?:[^\s,;:"“”]+\s+){0,4}?(?:whether|if|how|what|why|when|where|who|which)\s[^,;:"“”.!?]*$/i;

/** The longest asked clause read: a question this long before its verb is no clause the rule knows. */
const WINDOW = 240;

/** Does the reporting verb that `before` (its sentence up to the verb) ends at stand inside an open asked clause? */
export function askedClauseVerb(before: string): boolean {
  return OPEN_ASKED_CLAUSE.test(before.length > WINDOW ? before.slice(-WINDOW) : before);
}
