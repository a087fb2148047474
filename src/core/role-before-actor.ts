import { pastVerbWord } from './past-dated';
import { textOccurrences } from './text-occurrences';

/** Words after the name and before its verb: "X on Tuesday ordered", "X also ordered", "X later said". */
const VERB_AFTER =
  /^\s+(?:(?:also|later|then|again|on\s+\p{Lu}\p{Ll}+day|last\s+week|this\s+week|has|had)\s+){0,2}(\p{Ll}+)\b/u;
/**
 * What may stand right before the role: the clause's start (a sentence, a line, or after a comma or semicolon). Any
 * word instead may govern the name ("Rebels fighting President X seized", "Protesters who opposed Mayor X marched",
 * "Talks with Officer X ended"), so only a clause opening on the role shows the name is the verb's subject.
 */
const CLAUSE_START = /(?:^|[.!?]["'”’]?\s+|\n\s*|[,;]\s+)$/;

/**
 * "Regional Commissioner Anna Mghwira ordered the closure …": the copy gives the role right before the name, and the
 * name is the subject of a verb in the past. Named once, no protagonist and no source, but an actor with a post the
 * reader meets, as one introduced by an apposition is. Only a role opening its clause counts (a word before it may make
 * the name an object, review 62), and a verb not in the past ("X says", "X, who") is another reading's (the speech
 * and apposition checks').
 */
export function roleBeforeActor(names: readonly string[], role: string | null, text: string): boolean {
  // Letters and spaces only: a role read across a stop or a quotation mark ("Co. Obama adviser", "Hispanics!”Former
  // … candidate") is a misreading this line would show alone, with no quote or mention beside it to correct it.
  if (!role || !/^[\p{L}' ’-]+$/u.test(role)) return false;
  return names.some((name) =>
    textOccurrences(text, `${role} ${name}`).some((at) => {
      if (!CLAUSE_START.test(text.slice(Math.max(0, at - 40), at))) return false;
      const verb = VERB_AFTER.exec(text.slice(at + role.length + 1 + name.length, at + role.length + name.length + 60));
      return !!verb && pastVerbWord(verb[1]!) && !/^(?:said|was|were|did)$/.test(verb[1]!);
    }),
  );
}
