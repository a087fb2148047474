import { firstNameGender } from './first-name-gender';
import { headGender } from './head-gender';
import { HONORIFICS } from './honorifics';
import type { parsePerson } from './parse-person';
import type { Person } from './people';
import { roleAcronyms } from './role-acronym';
import { ROLE_HEADS } from './role-heads';
import { GENERIC_ROLES } from './role-mentions';

// Every mention of a person, first and namesake passes alike, feeds the same facts through here.

type PersonParse = Pick<NonNullable<ReturnType<typeof parsePerson>>, 'honorific' | 'name'>;

/**
 * What a mention tells about its person: gender from honorific, first name or the role's head noun ("Her husband,
 * Tomas": audit 51, B-a51-1), and a role.
 */
export function learnPerson(person: Person, parse: PersonParse, role: string | null): void {
  const honorific = parse.honorific ? (HONORIFICS.get(parse.honorific) ?? null) : null;
  const first = parse.name.split(' ')[0]!;
  // "Lee Hae-won … Lee said": a full name written family name first, or a lone surname, opens on the surname, which
  // tells no sex even where it is also a given name elsewhere ("Lee", "Murray"); reading it so made "she" skip her
  // (audit 55, B-a55-1).
  const given = first === person.surname ? null : firstNameGender(first);
  person.gender ??= honorific ?? given ?? (role ? headGender(role, true) : null);
  if (person.role || !role) return;
  person.role = role;
  for (const w of role.toLowerCase().split(/[^a-z-]+/)) {
    // "officer-in-charge": the compound's first noun is the head "the officer" names.
    const bare = w.replace(/^(?:ex|former|co|vice|deputy|acting)-/, '').replace(/^([a-z]+)-(?:in|at)-[a-z]+$/, '$1');
    if (ROLE_HEADS.has(bare) && !GENERIC_ROLES.has(bare)) person.roleWords.add(bare);
  }
  // "officer-in-charge (OC)": the acronym is kept as written, for "the OC said" (role-mentions.ts).
  for (const acronym of roleAcronyms(role)) person.roleWords.add(acronym);
}
