import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';
import { surname } from './mentions-entity';
import { pluralTitleBefore } from './plural-role-before';
import { TITLE_WORDS } from './split-title';

/** The copy writes the role right beside this name: "Name, a role" or "role Name". */
function besideName(name: string, role: string, text: string): boolean {
  const n = escapeRegExp(name);
  const r = escapeRegExp(role);
  return new RegExp(
    `${WORD_EDGE}${n},\\s+(?:(?:the|a|an|his|her|their)\\s+)?${r}${WORD_EDGE}|${WORD_EDGE}${r}\\s+${n}${WORD_EDGE}|${WORD_EDGE}${r},\\s+${n}${WORD_EDGE}`,
  ).test(text);
}

/**
 * A bare relation ("his friend Donald Trump", "her husband, Saeed Abedini") says whose only through a pronoun the
 * list cannot show, and beside a name it is often the other person's ("Gov. Jack Dalrymple, his wife, Betsy"):
 * no role. A relation the copy writes whole ("friend of Carl Icahn", "the candidate's wife") stays.
 */
// "the best friend Donald J. Trump always hoped to have", "her late husband": an adjective says no more whose.
const RELATION =
  /^(?:(?:best|close|closest|old|oldest|longtime|long-time|dear|good|late|estranged|younger|youngest|older|eldest|elder|twin|only)\s+)?(?:friend|wife|husband|widow|widower|daughter|son|father|mother|brother|sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|stepfather|stepmother|fiancée?|girlfriend|boyfriend|spouse|child|children|parents?)$/;

/**
 * A role only its owner can have: a bare title ("President", from "President Clinton") when another
 * listed person shares the surname is no one's for sure (Hillary is not "President"), and a role two
 * people were given ("nephew of one president…") belongs to those the copy writes it next to ("Hillary
 * Clinton, the Democratic presidential candidate… Bernie Sanders, a Democratic presidential candidate"),
 * else to the one named nearest it.
 */
export function ownRole(
  name: string,
  role: string | null,
  people: ReadonlyArray<{ name: string; role: string | null }>,
  text: string,
): string | null {
  if (!role || RELATION.test(role)) return null;
  const last = surname(name);
  const namesakes = people.filter((p) => p.name !== name && surname(p.name) === last);
  const titleOnly = role.split(/\s+/).every((w) => TITLE_WORDS.test(w));
  // "Governor Ulysses Grant" gives him the title whole; "President Clinton" could be either Clinton.
  if (namesakes.length > 0 && titleOnly && !text.includes(`${role} ${name}`)) return null;
  // Two presidents or two candidates are common; a three-word description given twice is one person's.
  const sharing = role.split(/\s+/).length < 3 ? [] : people.filter((p) => p.name !== name && p.role === role);
  if (sharing.length === 0 || besideName(name, role, text) || oneTitledList(name, sharing, text)) return role;
  const distance = (n: string): number => {
    const at = text.indexOf(role);
    const near = [...text.matchAll(new RegExp(escapeRegExp(n), 'g'))].map((m) => Math.abs(m.index - at));
    return at < 0 || near.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...near);
  };
  const mine = distance(name);
  return sharing.every((p) => distance(p.name) > mine) ? role : null;
}

/** "Idaho Republican Sens. Ada Brook and Owen Tate": one title's plural gives the office to every name in its list. */
function oneTitledList(name: string, sharing: ReadonlyArray<{ name: string }>, text: string): boolean {
  const at = pluralTitleBefore(name, text)?.at;
  return at !== undefined && sharing.every((p) => pluralTitleBefore(p.name, text)?.at === at);
}
