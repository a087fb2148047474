/**
 * A role that is only a contest with nobody named to contest: "rival" (from "Rival Hillary Clinton, however, …",
 * "paints rival Hillary Clinton as a job-killer"), "opponent". The copy uses the word to point at the person, not
 * to give a post; "Trump's rival", "a longtime rival of the mayor" keep theirs. A "challenger" stays a role: in a
 * primary it is the race's standing, as "front-runner" is. (Kinship words alone, "daughter Chelsea Clinton", are
 * already not shown, and weigh in who is listed; they are left alone.)
 */
const RELATION = /^(?:rival|opponent|foe|nemesis)$/i;

export function loneRelation(role: string): boolean {
  return RELATION.test(role.trim());
}
