import { birthName, namedBy, type OtherName } from './birth-name';
import { generationalSuffix } from './generational-suffix';
import { countWord } from './literal-matches';
import { HYPHEN_PARTICLE } from './particle-surname';

/**
 * One line per person: "Jeh Johnson" and "Homeland Security Secretary Jeh Johnson" (a title the
 * run kept), or the same name found twice, keep the first, heaviest, entry (and a role if only the other has one).
 */
export function dropRepeats<T extends { name: string; role: string | null }>(
  people: T[],
  found: readonly string[],
  apart: (name: string) => boolean,
  text = '',
): T[] {
  const longerName = (short: string, long: string): boolean => longerNameOf(short, long, text);
  // Read once per name: every pair of a long roster is compared.
  const aliases = new Map<string, OtherName | null>();
  const alias = (name: string): OtherName | null => {
    if (!aliases.has(name)) aliases.set(name, birthName(name, text));
    return aliases.get(name)!;
  };
  const otherName = (other: string, name: string): boolean => namedBy(name, other, alias(other));
  const kept: T[] = [];
  for (const p of people) {
    const same = kept.find(
      (k) =>
        k.name === p.name ||
        // "Bill de Blasio" and "De Blasio" opening a sentence: a particle's case changes there.
        (!apart(p.name) && k.name.toLowerCase().endsWith(` ${p.name.toLowerCase()}`)) ||
        // "Assad" beside "Bashar al-Assad".
        (!apart(p.name) && k.name.endsWith(`-${p.name}`) && HYPHEN_PARTICLE.test(k.name.split(' ').pop()!)) ||
        (!apart(k.name) && p.name.toLowerCase().endsWith(` ${k.name.toLowerCase()}`)) ||
        sameButInitial(k.name, p.name, people) ||
        longerName(k.name, p.name) ||
        longerName(p.name, k.name) ||
        sameButSurname(k.name, p.name, found) ||
        sameButSurname(p.name, k.name, found) ||
        otherName(p.name, k.name) ||
        otherName(k.name, p.name),
    );
    if (!same) kept.push(p);
    else {
      if (!same.role && p.role) same.role = p.role;
      // The full name is the line's name, whichever the copy wrote more often.
      if (sameButSurname(same.name, p.name, found) || longerName(same.name, p.name)) same.name = p.name;
      // "Rafael Edward Cruz", the name he was born with, listed first: the line takes the name the copy calls him by.
      if (otherName(same.name, p.name)) same.name = p.name;
    }
  }
  return kept;
}

const INITIALS = /^(?:[A-Z]\.)+$/;

/**
 * "Donald J. Trump" and "Donald Trump": the same first name and surname, one with middle initials
 * and one without, are one person, unless the copy names two initialled people who would fit
 * ("George W. Bush" and "George H.W. Bush": "George Bush" could be either, and stays apart).
 */
function sameButInitial(a: string, b: string, people: ReadonlyArray<{ name: string }>): boolean {
  const bare = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => !INITIALS.test(w))
      .join(' ');
  if (bare(a) !== bare(b) || a === b || bare(a).split(' ').length < 2) return false;
  const initialled = new Set(people.map((p) => p.name).filter((n) => n !== bare(a) && bare(n) === bare(a)));
  return initialled.size === 1;
}

/**
 * "Donald Jr." and "Donald Trump Jr.": a given name with a generational suffix is the full name with the
 * same given name and suffix, when the copy names only one such person (two Robert Jr.s stay apart), listed or not.
 */
function sameButSurname(short: string, full: string, found: readonly string[]): boolean {
  const words = short.split(/\s+/);
  const suffix = generationalSuffix(short);
  if (words.length !== 2 || !suffix) return false;
  const fits = (name: string) =>
    name !== short &&
    name.split(/\s+/).length > 2 &&
    name.startsWith(`${words[0]} `) &&
    generationalSuffix(name) === suffix;
  return fits(full) && new Set(found.filter(fits)).size === 1;
}

/**
 * "Dena Minning" and "Dena Minning Grayson", "Nancy Davis" and "Nancy Davis Reagan", "Melba Acosta" and "Melba Acosta
 * Febo": a full name the copy writes on with one more surname (a married or a second surname) is the same person, and
 * the line takes the longer name. On PolNeAR train every such pair listed was one person but for a generational
 * suffix ("Donald Trump" and "Donald Trump Jr.", "Duncan Hunter" and "Duncan Hunter Sr."), which stays apart. Only
 * when the copy calls someone by the added surname alone ("Grayson", "Reagan"): "Ms. Acosta" throughout, never
 * "Febo", says the copy's name for her is the shorter one, and both lines stay as they were.
 */
function longerNameOf(short: string, long: string, text: string): boolean {
  // The copy is counted last, for the one pair in a thousand that fits (a pasted roster asks of every pair).
  if (!long.startsWith(`${short} `) || !short.includes(' ')) return false;
  const words = long.split(/\s+/);
  const added = words[words.length - 1]!;
  return (
    words.length === short.split(/\s+/).length + 1 &&
    /^\p{Lu}\p{Ll}/u.test(added) &&
    !generationalSuffix(long) &&
    countWord(text, added) > countWord(text, long)
  );
}
