import { abbreviatedOffice } from './abbreviated-title';
import type { Entity } from './analysis-types';
import type { JoinedTitles } from './and-joined-office';
import { appositionRole } from './apposition-role';
import { headedRole } from './headed-role';
import { introducedRole } from './introduced-role';
import { knownFirstName } from './known-first-name';
import { surname } from './mentions-entity';
import { outletRole } from './outlet-role';
import { pronounOwnedApposition } from './pronoun-owned-apposition';
import { ratedRole } from './rated-role';
import { relativeClauseRole } from './relative-clause-role';
import { hasApposition } from './role-apposition';
import { roleOf } from './role-of';
import { surnameRoleOfOther } from './surname-role-of-other';
import { titleOfSurname } from './title-of-surname';

/** The person as who is who reads them: the run found, its name without a title, and the title the run held. */
interface Reading {
  entity: Pick<Entity, 'name' | 'role'>;
  /** The name without its title, as the list shows it ("Bashar al-Assad"). */
  bare: string;
  /** The found name without its title, before the whole name was read ("Gingrich" for "Gingrich"). */
  short: string;
  /** The office the run's title gave ("Crown Prince", "Former House Speaker"), or null. */
  office: string | null;
}

/**
 * The role who is who gives one person (own: the copy's own words beside the name, which rank the line; role: that
 * or, failing it, a title the copy gives the surname or the run), kept apart from the list's construction so the
 * order of the readings is one place: the role beside the name, then the whole name's, then a heading role, then an
 * outlet, then the surname's title, the run's office and the surname's apposition.
 */
export function whoIsWhoRole(
  { entity, bare, short, office }: Reading,
  text: string,
  fullBySurname: ReadonlyMap<string, readonly string[]>,
  orgNames: ReadonlySet<string>,
  titles: JoinedTitles,
): { role: string | null; own: string | null } {
  // "Merrick B. Garland … Judge Garland": a role the copy gives the surname alone is his when no one
  // else it names in full bears that surname (it does not rank the line: the surname's mentions already do).
  const last = surname(bare);
  // "said Dean Baker, co-director of…": a role the name finder split off that opens the whole name is his first name.
  const nameRole = entity.role && bare.startsWith(`${entity.role} `) ? undefined : entity.role;
  // "Gingrich" found alone, "Former House Speaker Newt Gingrich" once: the role before the whole name is his.
  const surnameRole = roleOf(entity.name, nameRole, text, titles);
  const others = fullBySurname.get(last) ?? [];
  const other = !short.includes(' ') && !!surnameRole && surnameRoleOfOther(surnameRole, bare, others, text);
  // "Mrs Ruth Kane, his wife,": whose wife, when the copy names the one person the pronoun can stand for.
  const owned = bare.includes(' ') ? pronounOwnedApposition(bare, text, fullBySurname) : null;
  const described =
    owned ??
    (other ? null : surnameRole) ??
    (bare !== entity.name && bare.includes(' ') ? roleOf(bare, undefined, text, titles) : null) ??
    titledFirstWordRole(bare, text, fullBySurname) ??
    (bare.includes(' ') ? introducedRole(bare, text, fullBySurname) : null);
  // "one of the candidates beaten by Trump" says less than the office the copy gives him ("Wisconsin Gov.").
  const given =
    (described?.startsWith('one of ') ? (office ?? abbreviatedOffice(bare, text) ?? described) : described) ??
    (bare.includes(' ') ? headedRole(bare, text) : null);
  // "CNN’s Jake Tapper": the outlet a journalist works for is who they are (named once, they are no protagonist).
  const outlet = given ? null : outletRole(bare, text, orgNames);
  const own = given ?? outlet;
  const sharesNoSurname = bare.includes(' ') && others.every((n) => n === entity.name);
  const role =
    own ??
    (sharesNoSurname ? titleOfSurname(last, text) : null) ??
    office ??
    abbreviatedOffice(bare, text) ??
    // "Howard Dean … Dean, a former Democratic National Committee chairman,": the surname's own apposition, when
    // the copy set none beside the whole name (there it introduced the person, whatever this reading made of it).
    (sharesNoSurname && !hasApposition(bare, text) ? appositionRole(last, text, true) : null) ??
    // "Jeong Mi-ran, who runs a restaurant near the old site,": what the person does, when the copy says nothing else.
    (bare.includes(' ') ? relativeClauseRole(bare, text) : null);
  // "Labour's rising star Ben Ola": how the copy rates someone is no role (rated-role.ts).
  return role && ratedRole(role, bare, text) ? { role: null, own: null } : { role, own };
}

/**
 * "Prince Alwaleed, the nephew of the late King Abdullah," beside "Alwaleed Bin Talal": a titled first word that
 * surname-first-name.ts reads as the whole name (no one's surname; a known given name only in a three-word name)
 * carries the apposition the copy sets beside it.
 */
function titledFirstWordRole(bare: string, text: string, fullBySurname: ReadonlyMap<string, unknown>): string | null {
  const words = bare.split(' ');
  const first = words[0]!;
  if (words.length < 2 || fullBySurname.has(first) || (knownFirstName(first) && words.length < 3)) return null;
  return titleOfSurname(first, text) ? appositionRole(first, text) : null;
}
