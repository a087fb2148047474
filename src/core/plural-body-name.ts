import type { PersonParse } from './parse-person';
import { pluralRoleWord } from './plural-role-head';

/**
 * "Warner Brothers", "United Mine Workers", "Big Sisters": a role noun's plural ending a name of two or more words
 * names a firm, a union or a charity by its form, never one person. Not after an honorific ("Dr. Lena Brothers"),
 * and not when the copy goes on to name the last word alone as news style names a person on second mention
 * ("Fiona Deans … Ms Deans said"): `namedAlone` is the people index's reading of that (lead-named-alone.ts); nor when
 * the copy gives the name a person's role ("Dottie Deans, the chairwoman of the Vermont Democratic Party,"), read
 * only for such a name (`hasRole`, person-roles.ts).
 */
export function pluralBodyName(
  parse: PersonParse,
  namedAlone: (name: string) => boolean,
  hasRole: () => boolean,
): boolean {
  const space = parse.name.lastIndexOf(' ');
  return (
    space > 0 &&
    parse.honorific === null &&
    pluralRoleWord(parse.name.slice(space + 1)) &&
    !namedAlone(parse.name) &&
    !hasRole()
  );
}
