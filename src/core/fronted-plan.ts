/**
 * A plan told in passing inside the clause a sentence opens on, before its main clause: "Even as they all vowed to
 * carry their campaigns onward regardless of Tuesday's results, the sense of urgency was evident", "Three years after
 * Republicans vowed to do a better job courting Latinos, the party has done the opposite", "In a year in which Mr.
 * Trump has disparaged immigrants, and vowed to reverse job losses, Mrs. Clinton has run on a flinty practicality"
 * (sample 51's #25). The fronted clause sets the scene for the main clause's claim, which is the writer's or another
 * person's, so the vow is nothing the story waits on. A vow after the fronted clause's comma ("When he takes office,
 * Trump vowed to …") is the main clause's, and read as before; so is one with no main clause after it.
 */

/** A fronted adverbial clause's opening: a subordinator, after a time span ("Three years after") or a scene ("In a
 * year in which"). */
const FRONTED =
  /^\W*(?:(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|hours?)\s+(?:after|before|since)|(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?(?:in which|when|where)|after|as|even as|while|when|once|since|although|though|even though|whereas)\s/i;

/** A comma that closes a clause rather than joining two parts of one ("…, and vowed"). */
const CLAUSE_COMMA = /,\s+(?!(?:and|or|but)\b)/;

/** Whether the match at `index` lies in a fronted adverbial clause, a main clause still to come after it. */
export function frontedPlan(text: string, index: number): boolean {
  // The fronted clause is read from the sentence's start: a match far into a long sentence is not in it.
  if (index > 240) return false;
  const head = text.slice(0, index);
  return FRONTED.test(head) && !CLAUSE_COMMA.test(head) && CLAUSE_COMMA.test(text.slice(index));
}
