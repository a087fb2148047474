import { pastVerbWord } from './past-dated';
import { textOccurrences } from './text-occurrences';

/** Words after the name and before its verb: "X on Tuesday ordered", "X also ordered", "X later said". */
const VERB_AFTER =
  /^\s+(?:(?:also|later|then|again|on\s+\p{Lu}\p{Ll}+day|last\s+week|this\s+week|has|had)\s+){0,2}(\p{Ll}+)\b/u;
/** Words before the role that make the name an object or a possessor's complement, not the verb's subject. */
const OBJECT_BEFORE =
  /\b(?:for|to|with|by|from|against|about|on|at|behind|toward|towards|between|among|than|into|onto|upon|via|alongside|besides|without|under|over|through|around|beside|near|versus|of|and|or|nor|that|whom|what|which|after|before|since|until|if|unless)\s+(?:the\s+)?$/i;

/**
 * "Regional Commissioner Anna Mghwira ordered the closure …": the copy gives the role right before the name, and the
 * name is the subject of a verb in the past. Named once, no protagonist and no source, but an actor with a post the
 * reader meets, as one introduced by an apposition is. A preposition, a conjunction or a verb before the role makes the
 * name an object or a list's member ("a call with Regional Commissioner Anna Mghwira", "rebels fighting President X",
 * review 62), and a verb not in the past ("X says", "X, who") is another reading's (the speech and apposition checks').
 */
export function roleBeforeActor(names: readonly string[], role: string | null, text: string): boolean {
  // Letters and spaces only: a role read across a stop or a quotation mark ("Co. Obama adviser", "Hispanics!”Former
  // … candidate") is a misreading this line would show alone, with no quote or mention beside it to correct it.
  if (!role || !/^[\p{L}' ’-]+$/u.test(role)) return false;
  return names.some((name) =>
    textOccurrences(text, `${role} ${name}`).some((at) => {
      const before = text.slice(Math.max(0, at - 40), at);
      if (OBJECT_BEFORE.test(before) || governed(before)) return false;
      const verb = VERB_AFTER.exec(text.slice(at + role.length + 1 + name.length, at + role.length + name.length + 60));
      return !!verb && pastVerbWord(verb[1]!) && !/^(?:said|was|were|did)$/.test(verb[1]!);
    }),
  );
}

/** Whether one of the two words before the role is a verb that takes it as object ("fighting", "who opposed"). */
function governed(before: string): boolean {
  return before
    .trim()
    .split(/\s+/)
    .slice(-2)
    .some((w) => /^\p{Ll}+ing$/u.test(w) || (/^\p{Ll}+$/u.test(w) && pastVerbWord(w)));
}
