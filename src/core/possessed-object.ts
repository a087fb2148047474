/**
 * A preposition, then a possessor right before the name: "the General Staff of Poland's Armed Forces", "an aide to
 * Kenya's Ruth Atieno". The name is what the possessor has, inside the preposition's object, so it is no subject
 * (the preposition alone is name-just-before.ts's PREPOSITION_BEFORE). Not "and"/"than"/"like": "Ruiz and Chile's
 * Ana Vidal said" names two subjects.
 */
const PREPOSITION_THEN_POSSESSOR =
  /\b(?:for|of|to|with|by|from|about|at|on|against|over|into|in)\s+(?:the\s+)?((?:\S+\s+){0,2}\S+['’]s?)\s+$/i;

/** Whether `before` (the words in front of a name) ends with a preposition and a capitalised possessor. */
export function possessedObject(before: string): boolean {
  const found = PREPOSITION_THEN_POSSESSOR.exec(before.slice(-80));
  return !!found && /^\p{Lu}/u.test(found[1]!) && /['’]s?$/.test(found[1]!) && !/,/.test(found[1]!);
}
