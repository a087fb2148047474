import { personNoun } from './person-noun';
import { headNoun } from './phrase-head';
import { ROLE_HEADS } from './role-heads';

/**
 * A name of up to five capitalised words (a title's stop masked as U+E000 by the caller: "Dr\uE000 Ann Roe") closed by
 * a comma, then the claim's first word.
 */
const APPOSED = /^((?:\p{Lu}[\p{L}'’\uE000.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*),\s+(\S+)/u;
/**
 * After the name's comma, words that make the name the claim's own subject: a relative clause on it ("Mayor Ann Roe,
 * who backed the plan, will sign"), an age ("Ann Roe, 54, was"), an apposition of its own ("Ann Roe, a top aide,
 * said"), or its verb.
 */
const SUBJECT_GOES_ON =
  /^(?:who|whom|whose|which|where|\d{1,3},|(?:the|a|an|his|her|their|its)\s[^,]{1,40},|(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|told|added)\b)/;

/**
 * "According to the medical superintendent, Dr Ann Roe, seven people were hurt": a name right after the source's
 * description, closed by a comma, is the description's apposition (role-of.ts reads the same shape after a noun), not
 * the claim's first words. Only where the description's head is a person (WordNet's noun.person, or a role noun:
 * "the head of the union"), which a name can be; "According to an FBI summary, Cheryl Mills, a top aide, …" and
 * "According to the council, Mayor Ann Roe, who …" keep the name as the claim's subject. Returns the apposed name and
 * the length of what it spans up to the claim (its comma and the space after), or null.
 */
export function accordingApposition(description: string, after: string): { name: string; length: number } | null {
  const apposed = APPOSED.exec(after);
  if (!apposed) return null;
  const head = headNoun(description.trim().split(/\s+/));
  if (!personNoun(head) && !ROLE_HEADS.has(head)) return null;
  const rest = after.slice(apposed[0].length - apposed[2]!.length);
  if (SUBJECT_GOES_ON.test(rest)) return null;
  return { name: apposed[1]!, length: apposed[0].length - apposed[2]!.length };
}
