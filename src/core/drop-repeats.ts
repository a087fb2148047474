import { birthName, namedBy, type OtherName } from './birth-name';
import { firstNameGender } from './first-name-gender';
import { generationalSuffix } from './generational-suffix';
import { countWord } from './literal-matches';
import { HYPHEN_PARTICLE } from './particle-surname';
import { repeatCandidates } from './repeat-candidates';
import { twoPeopleShown } from './two-people-shown';

/**
 * One line per person: "Jeh Johnson" and "Homeland Security Secretary Jeh Johnson" (a title the
 * run kept), or the same name found twice, keep the first, heaviest, entry (and a role if only the other has one).
 */
export function dropRepeats<T extends { name: string; role: string | null }>(
  people: T[],
  found: readonly string[],
  apart: (name: string) => boolean,
  text = '',
  // Counts the kept lines each name is compared with (a test's measure of the work: a roster must not compare every pair).
  onCompare: (lines: number) => void = () => {},
): T[] {
  const longerName = (short: string, long: string): boolean => longerNameOf(short, long, text);
  // Read once per name: every pair of a long roster is compared.
  const aliases = new Map<string, OtherName | null>();
  const alias = (name: string): OtherName | null => {
    if (!aliases.has(name)) aliases.set(name, birthName(name, text));
    return aliases.get(name)!;
  };
  const otherName = (other: string, name: string): boolean => namedBy(name, other, alias(other));
  // How many listed names fit a name's given name ("Eddie Mannix" beside "E. J. Mannix"): counted once per name.
  // Only names with the same last word can fit (fitsGiven asks it first): the listed lines by the last word of the
  // name each bears now (a line takes a later name below).
  const bySurname = new Map<string, Set<T>>();
  const lastWord = (name: string) => name.split(/\s+/).at(-1)!;
  const file = (p: T) => {
    const same = bySurname.get(lastWord(p.name)) ?? new Set<T>();
    bySurname.set(lastWord(p.name), same);
    same.add(p);
  };
  for (const p of people) file(p);
  const rename = (line: T, name: string) => {
    bySurname.get(lastWord(line.name))?.delete(line);
    line.name = name;
    file(line);
    index.add(line, name, alias(name)?.surname ?? null);
  };
  const fitCounts = new Map<string, number>();
  const fitting = (name: string): number => {
    if (!fitCounts.has(name)) {
      const fits = [...(bySurname.get(lastWord(name)) ?? [])].map((p) => p.name).filter((o) => fitsGiven(o, name));
      fitCounts.set(name, new Set(fits).size);
    }
    return fitCounts.get(name)!;
  };
  const twoWays = (a: string, b: string): boolean => givenWrittenTwoWays(a, b, fitting, text);
  const kept: T[] = [];
  const place = new Map<T, number>();
  const index = repeatCandidates<T>((line) => place.get(line)!);
  for (const p of people) {
    const lines = index.of(p.name, alias(p.name)?.surname ?? null);
    onCompare(lines.length);
    const same = lines.find(
      (k) =>
        k.name === p.name ||
        // "Bill de Blasio" and "De Blasio" opening a sentence: a particle's case changes there.
        (!apart(p.name) && k.name.toLowerCase().endsWith(` ${p.name.toLowerCase()}`)) ||
        // "Assad" beside "Bashar al-Assad".
        (!apart(p.name) && k.name.endsWith(`-${p.name}`) && HYPHEN_PARTICLE.test(k.name.split(' ').pop()!)) ||
        (!apart(k.name) && p.name.toLowerCase().endsWith(` ${k.name.toLowerCase()}`)) ||
        sameButInitial(k.name, p.name, people) ||
        twoWays(k.name, p.name) ||
        longerName(k.name, p.name) ||
        longerName(p.name, k.name) ||
        sameButSurname(k.name, p.name, found) ||
        sameButSurname(p.name, k.name, found) ||
        otherName(p.name, k.name) ||
        otherName(k.name, p.name),
    );
    if (!same) {
      place.set(p, kept.length);
      kept.push(p);
      index.add(p, p.name, alias(p.name)?.surname ?? null);
    } else {
      if (!same.role && p.role) same.role = p.role;
      // The full name is the line's name, whichever the copy wrote more often.
      if (sameButSurname(same.name, p.name, found) || longerName(same.name, p.name)) rename(same, p.name);
      // "Rafael Edward Cruz", the name he was born with, listed first: the line takes the name the copy calls him by.
      if (otherName(same.name, p.name)) rename(same, p.name);
      // "E. J. Mannix" listed first beside "Eddie Mannix": the line takes the given name written out.
      if (initialsOnly(same.name) && !initialsOnly(p.name) && twoWays(same.name, p.name)) rename(same, p.name);
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

/** "E. J. Mannix": every word before the surname an initial. */
function initialsOnly(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && words.slice(0, -1).every((w) => INITIALS.test(w));
}

/** Known first names of opposite sexes ("Chris" a man's only, "Christine" a woman's) are two people. */
function sameSex(a: string, b: string): boolean {
  const sex = (g: string) => firstNameGender(g) ?? '';
  return sex(a) === '' || sex(b) === '' || sex(a) === sex(b);
}

/**
 * "Pete Santilli" and "Peter Santilli", "Eddie Mannix" and "E. J. Mannix", "Alan Grayson" and "Alan Mark Grayson":
 * one surname (and generational suffix) with the given name written two ways — one the other's short form, its
 * initial, or the same with a middle name — is one person, when no other listed name with that surname fits too (two
 * fits leave the copy unsaid). Short forms that are not the start of the name ("Chuck" for "Charles") are not read:
 * this says less rather than guess; known first names of opposite sexes ("Chris", "Christine") stay apart, and so do
 * two the copy shows are two (`twoPeopleShown`: "Robert Reed, 72, and his son Rob Reed").
 */
function givenWrittenTwoWays(a: string, b: string, fitting: (name: string) => number, text: string): boolean {
  return a !== b && fitsGiven(a, b) && fitting(b) === 1 && fitting(a) === 1 && !twoPeopleShown(a, b, text);
}

function fitsGiven(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  if (a === b || wa.length < 2 || wb.length < 2 || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  if (generationalSuffix(a) || generationalSuffix(b)) return false;
  const [ga, gb] = [wa.slice(0, -1), wb.slice(0, -1)];
  // "Alan Mark Grayson" and "Alan Grayson": one given name, a middle name on one line only.
  if (ga[0] === gb[0]) return ga.length + gb.length === 3 && !INITIALS.test(ga[1] ?? gb[1]!);
  // "E. J. Mannix" and "Eddie Mannix": initials only, the first the other's given name's first letter.
  const initialOf = (i: string[], g: string[]) =>
    i.every((w) => INITIALS.test(w)) && g.length === 1 && !INITIALS.test(g[0]!) && g[0]!.startsWith(i[0]![0]!);
  if (initialOf(ga, gb) || initialOf(gb, ga)) return true;
  // "Pete Santilli" and "Peter Santilli": one given name the start of the other, nothing else before the surname.
  if (ga.length !== 1 || gb.length !== 1) return false;
  const [x, y] = [ga[0]!, gb[0]!];
  const short = (s: string, l: string) => s.length >= 3 && l.length > s.length && l.startsWith(s);
  return (short(x, y) || short(y, x)) && sameSex(x, y);
}
