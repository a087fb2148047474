import { agentNoun } from './agent-noun';
import { NOT_A_ROLE_START } from './clean-role';
import { handFirstName } from './hand-first-name';
import { otherNamesRole } from './not-a-role';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { titleCaseSentence } from './title-case-sentence';

/** A role read as a whole phrase: a first person or a clause ("What I have seen working with…") is none. */
export function isRolePhrase(role: string): boolean {
  if (role.length === 0 || /(?<![\w.])(?:we|you|me|my|our)(?![\w.])/.test(role)) return false;
  // "Paul Singer" for Ken Griffin, from "funded by Paul Singer and Ken Griffin": another person's name.
  const name = /^(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+(\p{Lu}[\p{L}\w'’-]+)$/u.exec(role);
  if (name && handFirstName(name[1]!) && !TITLE_WORDS.test(name[2]!)) return false;
  if (otherNamesRole(role)) return false;
  // "director of his" (from "director of his Sundance class"): a determiner opens the noun phrase after it, so a role
  // cut on one is cut inside its object (audit 53, B-a53-11).
  if (/\s(?:the|a|an|his|her|its|their|our|my|your)$/.test(role)) return false;
  // "''a real black president": a quotation about someone is no role; "the GOP nominee had some
  // explaining to do": a clause the comma ran into; "athlete Cathy Freeman and …", "director Sir Richard
  // Eyre and …": the next item of a list.
  // A verb inside a relative clause ("whose son was killed in the attack", "teacher at the school that
  // was hosting…") belongs to the description.
  // A bare "whose husband" (from "Dorothy Woods, whose husband, Navy SEAL Ty Woods, …") names a relation,
  // not what the person is: only a whole relative clause, with its verb, describes someone.
  if (/^whose\s/.test(role) && !/\s(?:had|has|have|was|were|is|are|will|would|did|does|\w+ed)\b/.test(role))
    return false;
  const main = /^whose\s/.test(role) ? '' : role.split(/\s(?:that|who|whose|which|when|where|while|time)\s/)[0]!;
  if (titleCaseSentence(role)) return false;
  if (/^['"“‘’]/.test(role) || /\s(?:had|has|have|was|were|is|are|will|would|did|does)\s/.test(main)) return false;
  if (verbAfterHead(main)) return false;
  if (
    /^(?:(?!(?:of|at|for|to|in|with|from|on|and)\s)[a-z][\w-]*\s+){1,3}[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\s+and\b/.test(
      role,
    )
  )
    return false;
  // "World War I veteran", "Title I coordinator": "I" after a capitalised word that opens no clause is a numeral.
  for (const m of role.matchAll(/(?<![\w.])I(?![\w.])/g)) {
    const before = /(\p{Lu}[\p{L}\w'’-]*)\s+$/u.exec(role.slice(0, m.index))?.[1];
    if (!before || NOT_A_ROLE_START.test(`${before} `)) return false;
  }
  return true;
}

/**
 * "the Ohio governor earned 51 percent to her 35 percent" (from "Against Clinton, the Ohio governor earned…"): a role
 * noun followed by a past verb and its object is a clause the comma ran into, about whoever the noun is. A
 * participle with an agent ("a judge appointed by Obama") or a place ("a lawyer based in Ohio") describes.
 */
function verbAfterHead(role: string): boolean {
  const clause =
    /\b([a-z][\w-]*)\s+(?:[a-z]+ed|won|took|got|led|beat|lost|gave|made|ran|told)\s+(?:\d|the\b|a\b|an\b|his\b|her\b|their\b|its\b)/g;
  for (const m of role.matchAll(clause)) if (isRoleHead(m[1]!) || agentNoun(m[1]!)) return true;
  return false;
}
