import { knownFirstName } from './known-first-name';

/**
 * Whether a role read off a lone surname is another namesake's: "Martin" found alone and read as "Trayvon Martin"
 * picks up the apposition the copy writes after "Tracy Martin, Trayvon's father", which is Tracy's. A role the copy
 * sets right after another person's full name with that surname (one opening on a known first name, not
 * "Interestingly Blocher") belongs to that person; written after the surname alone ("Clinton, a former secretary of
 * state") it stays the lone surname's.
 */
export function surnameRoleOfOther(role: string, whole: string, sameSurname: readonly string[], text: string): boolean {
  return sameSurname.some(
    (other) =>
      other !== whole &&
      knownFirstName(other.split(' ')[0]!) &&
      ['', 'the ', 'a ', 'an '].some((article) => text.includes(`${other}, ${article}${role}`)),
  );
}
