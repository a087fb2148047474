import { generationalSuffix } from './generational-suffix';
import { HYPHEN_PARTICLE } from './particle-surname';

/**
 * One line per person: "Jeh Johnson" and "Homeland Security Secretary Jeh Johnson" (a title the
 * run kept), or the same name found twice, keep the first, heaviest, entry (and a role if only the other has one).
 */
export function dropRepeats<T extends { name: string; role: string | null }>(
  people: T[],
  found: readonly string[],
  apart: (name: string) => boolean,
): T[] {
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
        sameButSurname(k.name, p.name, found) ||
        sameButSurname(p.name, k.name, found),
    );
    if (!same) kept.push(p);
    else {
      if (!same.role && p.role) same.role = p.role;
      // The full name is the line's name, whichever the copy wrote more often.
      if (sameButSurname(same.name, p.name, found)) same.name = p.name;
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
