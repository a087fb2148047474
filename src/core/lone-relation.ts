/**
 * A role that is only a contest with nobody named to contest: "rival" (from "Rival Hillary Clinton, however, …",
 * "paints rival Hillary Clinton as a job-killer"), "challenger". The copy uses the word to point at the person, not
 * to give a post; "Trump's rival", "primary challenger to Ryan" keep theirs. (Kinship words alone, "daughter
 * Chelsea Clinton", are already not shown, and weigh in who is listed; they are left alone.)
 */
const RELATION = /^(?:rival|opponent|challenger|foe|nemesis)$/i;

export function loneRelation(role: string): boolean {
  return RELATION.test(role.trim());
}
