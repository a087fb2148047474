import { partyName } from './party-name';

/**
 * "a Democrat", "an SPD politician", "a Green Party politician": an apposition that says only which party the person
 * belongs to (party names or a body's initials, then a party member's name or "politician"), no post they hold. Where
 * the copy also sets a post before the name ("The mayor of Duisburg, X, an SPD politician,"), the post says more.
 */
export function partyLabelRole(role: string): boolean {
  const words = role.replace(/^(?:an?|the)\s+/i, '').split(/\s+/);
  const head = words.pop()!;
  if (!(partyName(head) || head === 'politician')) return false;
  return words.every((w) => partyName(w) || /^\p{Lu}{2,5}$/u.test(w) || w === 'Party');
}
