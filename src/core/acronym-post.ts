import { escapeRegExp } from './escape-reg-exp';

/** An all-capitals word of two to five letters: "MK", "TD", "MLA", "MEP", "MHA". */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "MK Yael Ben-Haim", "TD Mary Lynch", "MLA Harish Pandey": an abbreviated post right before a person's full name is
 * that person's role, as role-of.ts reads an all-capitals head in an apposition ("Harish Pandey, the local MLA,"). The
 * shape, not a list, says so (audit 54's B-a54-14: "MK" glued into the name, with no role), unless the copy uses the
 * word as a body's name: possessive ("the FBI's"), or after a preposition or a verb of joining ("at NBC", "joined the
 * SNP"), where a party or a broadcaster stands, never a post.
 */
export function acronymPost(word: string, name: string, text: string): boolean {
  if (!ACRONYM.test(word) || !name.includes(' ')) return false;
  const w = escapeRegExp(word);
  return !new RegExp(`\\b${w}['’]s\\b|\\b(?:at|for|from|with|by|joined|left|quit)\\s+(?:the\\s+)?${w}\\b`).test(text);
}
