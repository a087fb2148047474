import { handFirstName } from './hand-first-name';
import type { PersonParse } from './parse-person';
import { pluralRoleWord } from './plural-role-head';
import { pronounAfterSurname } from './pronoun-after-surname';

/**
 * "Warner Brothers", "United Mine Workers", "Big Sisters": a role noun's plural ending a name of two or more words
 * names a firm, a union or a charity by its form, never one person. Not after an honorific ("Dr. Lena Brothers"),
 * and not when the copy goes on to name the last word alone as news style names a person on second mention
 * ("Fiona Deans … Ms Deans said"): `namedAlone` is the people index's reading of that (lead-named-alone.ts); nor when
 * the copy gives the name a person's role ("Dottie Deans, the chairwoman of the Vermont Democratic Party,"), read
 * only for such a name (`hasRole`, person-roles.ts); nor when a person's evidence stands in the copy: a given name of
 * our hand tables ("Sarah Judges"), or the last word alone with "he" or "she" after it in its sentence ("Judges said
 * he would vote no"; a body is "it" or "they").
 */
export function pluralBodyName(
  parse: PersonParse,
  namedAlone: (name: string) => boolean,
  hasRole: () => boolean,
  copy: string,
  memo: Map<string, boolean>,
): boolean {
  const space = parse.name.lastIndexOf(' ');
  const last = parse.name.slice(space + 1);
  return (
    space > 0 &&
    parse.honorific === null &&
    pluralRoleWord(last) &&
    !handFirstName(parse.name.slice(0, parse.name.indexOf(' '))) &&
    !namedAlone(parse.name) &&
    !hasRole() &&
    !aloneWithPronoun(last, parse.name.slice(0, space), copy, memo)
  );
}

/**
 * The last word standing alone, not after the rest of the name, with "he" or "she" after it in its clause
 * (pronoun-after-surname.ts, the reading the who-is-who's person evidence makes too): read once
 * a name per copy (`memo`), so a roster of such names repeated stays linear.
 */
function aloneWithPronoun(last: string, lead: string, copy: string, memo: Map<string, boolean>): boolean {
  const key = `${lead} ${last}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = pronounAfterSurname(key, last, copy, false);
  memo.set(key, found);
  return found;
}
