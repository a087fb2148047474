/**
 * A role that is only a contest with nobody named to contest: "rival" (from "Rival Hillary Clinton, however, …",
 * "paints rival Hillary Clinton as a job-killer"), "opponent", with or without modifiers ("Republican rival"). The
 * copy uses the word to point at the person, not to give a post; "Trump's rival", "a longtime rival of the mayor"
 * keep theirs. A "challenger" stays a role: in a primary it is the race's standing, as "front-runner" is. (Kinship
 * words alone, "daughter Chelsea Clinton", are already not shown, and weigh in who is listed; they are left alone.)
 */
const RELATION = /^(?:rival|opponent|foe|nemesis)$/i;

/**
 * The same word after modifiers: "Republican rival" (from "blasted her Republican rival Donald Trump", the "her" not
 * kept), "presidential campaign rival" ("Senate colleague and presidential campaign rival Marco Rubio").
 */
const MODIFIED_RELATION = /^((?:[A-Za-z-]+\s+){1,3})(?:rival|opponent|foe|nemesis)$/i;

/**
 * Whether the role is such a relation. A modifier the copy elsewhere writes as a possessor ("Trump rival Ted Cruz"
 * beside "Trump's campaign") names the other side, as "Trump's rival" does, and keeps the role.
 */
export function loneRelation(role: string, text = ''): boolean {
  const bare = role.trim();
  if (RELATION.test(bare)) return true;
  const modifiers = MODIFIED_RELATION.exec(bare)?.[1]?.trim().split(/\s+/);
  return !!modifiers && !modifiers.some((w) => /^[A-Z]/.test(w) && possessor(w, text));
}

function possessor(word: string, text: string): boolean {
  return text.includes(`${word}'s `) || text.includes(`${word}’s `);
}
