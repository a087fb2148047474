import { agentNoun } from './agent-noun';
import { isRoleHead } from './role-heads';
import { roleLeadIn } from './role-lead-in';
import { TITLE_WORDS } from './split-title';

/** Words that open a sentence or a spoken aside, never a role: "So Labor Secretary", "What I have seen…". */
export const NOT_A_ROLE_START = /^(?:So|And|But|Then|Now|Well|Yes|No|What|When|Where|Why|How|If|As)\s+/;

/**
 * "Ryan and RNC Chairman" (from "Speaker Paul Ryan and RNC Chairman Reince Priebus"): a title that ends the
 * role, after "and" and another person's name, is the whole role; the rest was the other person's.
 */
function afterOtherName(role: string): string {
  const m = /^(.*\S)\s+and\s+((?:\S+\s+){0,3}(\S+))$/.exec(role);
  if (!m) return role;
  const before = m[1]!.split(/\s+/).pop()!;
  const title = (w: string) => isRoleHead(w) || TITLE_WORDS.test(w);
  return /^\p{Lu}/u.test(before) && !title(before) && TITLE_WORDS.test(m[3]!) ? m[2]! : role;
}

/** The role without the words that ran into it or the clause that follows it. */
export function cleanRole(role: string): string {
  return afterOtherName(
    withoutGreeting(
      // "FULL TEXT. As President": a sentence that ended before the role is no part of it.
      roleLeadIn(
        role
          .replace(/^.*[.!?]["”’]?\s+(?=(?:So|And|But|Then|Now|Well|Yes|No|What|When|Where|Why|How|If|As)\s)/, '')
          .replace(NOT_A_ROLE_START, ''),
      )
        // "…March on the RNC.": a sentence's stop after an acronym is not part of the role.
        .replace(/(?<=[A-Z]{2})\.$/, '')
        // "director at X and whose work…": the role ends where a clause about the person begins.
        .replace(/\s+(?:and\s+)?(?:who|whose|which|where)\b.*$/i, '')
        .replace(/\s+and\s+(?:current|now|also)\b.*$/i, '')
        // "president and CEO of the association stated": the speech verb after the role is the sentence's.
        .replace(/\s+(?:stated|said|says|added|told|explained|noted)$/, '')
        // "chief executive of Ora Media -- the production company that…": a dash opens an aside.
        .replace(/\s+(?:--|—|–)\s.*$/, '')
        .replace(/[\s,;:]+$/, '')
        // "broadly respected Republican and": a role cut before the rest of a coordination ends on its noun.
        .replace(/(?:\s+(?:and|or|of|for|with|to|the|a|an))+$/i, '')
        .trim(),
    ),
  );
}

/**
 * "Congrats to British rider" (from "~ Congrats to British rider Chris Froome on his…"), "Welcome back to Labour
 * leader": a greeting or thanks that opens the sentence, with its "to", is no part of the role after it. An
 * office or what someone does keeps its preposition ("Adviser to the President", "Ambassador to the UN").
 */
function withoutGreeting(role: string): string {
  const m = /^(\p{Lu}\p{Ll}+)(?:\s+(?:back|again|also))?\s+to\s+(?=\S)/u.exec(role);
  // "Democracy for America's executive director", "Centers for Disease Control Director": a name's "for"; and
  // what follows must hold a lower-case word ("rider"), not only another capitalised name ("Friends to Bernie").
  if (!m || !/\s\p{Ll}/u.test(role.slice(m[0].length - 1))) return role;
  const word = m[1]!;
  const office = isRoleHead(word.toLowerCase()) || TITLE_WORDS.test(word) || agentNoun(word.toLowerCase());
  return office ? role : role.slice(m[0].length);
}
