import { knownFirstName } from './known-first-name';
import { nonOverlapping, textOccurrences } from './text-occurrences';

/**
 * Whether a role read off a lone surname is another namesake's: "Martin" found alone and read as "Trayvon Martin"
 * picks up the apposition the copy writes after "Tracy Martin, Trayvon's father", which is Tracy's. A role the copy
 * sets right after another person's full name with that surname (one opening on a known first name, not
 * "Interestingly Blocher") belongs to that person; written after the surname alone ("Clinton, a former secretary of
 * state") it stays the lone surname's. Each place the role is written is read once, with the few words before it, so
 * a roster of namesakes costs no more than the role's occurrences.
 */
export function surnameRoleOfOther(role: string, whole: string, sameSurname: readonly string[], text: string): boolean {
  const others = new Set(sameSurname.filter((other) => other !== whole && knownFirstName(other.split(' ')[0]!)));
  if (others.size === 0) return false;
  for (const article of ['', 'the ', 'a ', 'an ']) {
    const tail = `, ${article}${role}`;
    for (const at of nonOverlapping(textOccurrences(text, tail), tail.length)) {
      const words = text.slice(Math.max(0, at - 80), at).split(/\s+/);
      for (let k = 2; k <= 4 && k <= words.length; k++) if (others.has(words.slice(-k).join(' '))) return true;
    }
  }
  return false;
}
