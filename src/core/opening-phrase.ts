/**
 * A phrase before the subject, closed by a comma: "According to the schedule, Thiel", "Under the plan, workers".
 * Short time phrases ("On Tuesday, …") are dropped before a clause is read (question-clauses.ts's LEADING_TIME).
 */
const OPENING_PHRASE =
  /^(according to|under|in|on|at|after|before|despite|with|without|by|for|following|amid|among|during|from|as part of|unlike|like|besides|beyond|until|since|through|within|over)\s[^,]*,\s+(?=\S)/i;

/**
 * The subject a "Will …?" can front, when its words open on a phrase before a comma. An attribution ("According
 * to the initial schedule, Thiel") is the passage's source, not the subject's, and is left out: "Will Thiel
 * speak …?". Any other phrase there may be the clause's condition or frame ("Under the plan, workers would …"),
 * which the question cannot drop and cannot keep between "Will" and its subject: null, and the passage is shown.
 */
export function subjectAfterOpening(subject: string): string | null {
  const opening = OPENING_PHRASE.exec(subject);
  if (!opening) return subject;
  return /^according to$/i.test(opening[1]!) ? subject.slice(opening[0].length) : null;
}
