import { firstNameGender } from './first-name-gender';
import { generationalSuffix } from './generational-suffix';
import type { Gender } from './honorifics';
import { PARTICLES } from './name-particles';
import type { Person } from './people';
import { unnamedGender } from './unnamed-namesake';

/** One mention of a name as the people index reads it. */
export interface NameMention {
  /** The name without honorific: "Hori Parata", "Parata". */
  name: string;
  surname: string;
  /** The gender its honorific gives ("Mrs Parata"), if any. */
  honorificGender: Gender | null;
  /** That honorific as the copy writes it ("Mrs", "Mr."), if any. */
  honorific?: string | null;
  paragraph: number;
}

/** A person of a surname that several people in the article share. */
interface Namesake {
  /** Fullest name of that person. */
  name: string;
  /** Every full name seen for them ("Hillary Clinton", "Hillary Rodham Clinton"). */
  names: string[];
}

const words = (name: string): string[] => name.split(/\s+/);
/**
 * People per surname kept apart; a roll of names beyond it ("A. Smith, B. Smith, ...") leaves the
 * rest as bare surnames, and keeps the work per mention bounded.
 */
const MAX_NAMESAKES = 8;

const INITIALS = /^(?:[A-Z]\.)+$/;

/** A name's middle initials ("H.W." in "George H. W. Bush") and its other words. */
function nameParts(name: string): { middle: string; rest: string[] } {
  // The suffix is compared apart ("Jr" and "Jr." are one).
  const all = generationalSuffix(name) ? words(name).slice(0, -1) : words(name);
  const middle = (w: string, i: number): boolean => i > 0 && i < all.length - 1 && INITIALS.test(w);
  // "Von Albrecht" opening a sentence is "Gerd von Albrecht": a particle is one word whatever its case.
  const folded = (w: string): string => (PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w);
  return { middle: all.filter(middle).join(''), rest: all.filter((w, i) => !middle(w, i)).map(folded) };
}

/**
 * "Hillary Clinton" and "Hillary Rodham Clinton": one name's words appear, in order, in the other.
 * Middle initials are read apart: "Donald J. Trump" is "Donald Trump" (one may lack them), but
 * "George H.W. Bush" is not "George W. Bush" (both have them, and they differ; "H. W." with a space
 * is "H.W."). A leading initial is a word like any other: "R. Smith" is not "Jane Smith".
 */
function sameFullName(a: string, b: string): boolean {
  // A father and his son ("Donald J. Trump", "Donald Trump Jr."): only the suffix tells them apart.
  if (generationalSuffix(a) !== generationalSuffix(b)) return false;
  const [pa, pb] = [nameParts(a), nameParts(b)];
  if (pa.middle && pb.middle && pa.middle !== pb.middle) return false;
  const [short, long] = pa.rest.length <= pb.rest.length ? [pa.rest, pb.rest] : [pb.rest, pa.rest];
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * The people behind each surname that two different people share ("Bill Clinton" and "Hillary
 * Clinton", a father and son), grouping full names that can be the same person: a later name that
 * contains an earlier one ("Billionaire Donald Trump", "Donald J. Trump") is the same person.
 * Surnames borne by one person only are absent.
 */
function findNamesakes(mentions: NameMention[], titled: ReadonlyMap<string, Gender[]>): Map<string, Namesake[]> {
  const bySurname = new Map<string, Namesake[]>();
  for (const m of mentions) {
    if (!m.name.includes(' ')) continue;
    const list = bySurname.get(m.surname) ?? [];
    const same = list.find((p) => p.names.some((n) => sameFullName(n, m.name)));
    if (!same) {
      if (list.length < MAX_NAMESAKES) list.push({ name: m.name, names: [m.name] });
    } else if (same.names.length < MAX_NAMESAKES && !same.names.includes(m.name)) {
      same.names.push(m.name);
      if (m.name.length > same.name.length) same.name = m.name;
    }
    bySurname.set(m.surname, list);
  }
  for (const [surname, list] of bySurname)
    if (list.length < 2 && !unnamedOf(list, titled.get(surname))) bySurname.delete(surname);
  return bySurname;
}

/**
 * The genders of the honorifics before each bare surname ("Mr. Obama"), in article order: gathered in one
 * pass, not once per surname over every mention.
 */
function titledGenders(mentions: NameMention[]): Map<string, Gender[]> {
  const titled = new Map<string, Gender[]>();
  for (const m of mentions) {
    if (m.name.includes(' ') || !m.honorificGender) continue;
    const list = titled.get(m.surname);
    if (list) list.push(m.honorificGender);
    else titled.set(m.surname, [m.honorificGender]);
  }
  return titled;
}

/** "Mr. Obama" beside "Michelle Obama" alone: the gender of the person the copy titles but never names in full. */
function unnamedOf(namesakes: Namesake[], honorifics: Gender[] = []): Gender | null {
  return unnamedGender(namesakes.map(genderOf), honorifics);
}

/**
 * Who a mention of a shared surname means. A full name says so itself. A bare surname ("Parata",
 * "Mr. Clinton") is given to one of them only on evidence: an honorific whose gender fits exactly
 * one, or that person named in full earlier in the same paragraph with no namesake named since.
 * Otherwise null: the bare surname stays as it is rather than become the wrong person.
 */
function whichNamesake(
  mention: NameMention,
  namesakes: Namesake[],
  genderOf: (n: Namesake) => Gender | null,
  lastInFull: { namesake: Namesake; paragraph: number } | undefined,
  unnamed: Gender | null,
): Namesake | null {
  if (mention.name.includes(' '))
    return namesakes.find((p) => p.names.some((n) => sameFullName(n, mention.name))) ?? null;
  if (mention.honorificGender) {
    // "Mr. Obama" beside "Michelle Obama" alone: the person the copy never names in full is meant.
    if (mention.honorificGender === unnamed) return null;
    const fit = namesakes.filter((p) => genderOf(p) === mention.honorificGender);
    if (fit.length === 1) return fit[0]!;
    if (fit.length > 1) return null;
  }
  return lastInFull && lastInFull.paragraph === mention.paragraph ? lastInFull.namesake : null;
}

function genderOf(n: Namesake): Gender | null {
  for (const w of n.names.flatMap(words)) {
    const gender = firstNameGender(w);
    if (gender) return gender;
  }
  return null;
}

/**
 * The person each mention means when people share a surname ("Bill Clinton", "Hillary Clinton"):
 * each full name goes to its own person, and a bare surname only to the one the evidence picks;
 * otherwise it stays a bare surname, never the wrong person. Surnames one person bears keep the
 * people index's person. Mentions must be asked for in article order (the evidence looks back).
 */
export function namesakePeople<C>(options: {
  candidates: C[];
  bySurname: Map<string, Person>;
  /** New people are added here. */
  people: Person[];
  mentionOf: (c: C) => NameMention;
  learn: (person: Person, c: C) => void;
}): ((c: C) => Person | undefined) & { byName: (name: string, surname: string) => Person | null } {
  // `learn` taken out here, not read off `options` in personOf: the returned functions keep this scope
  // alive with the article's index, and through `options` it would keep every candidate (each with its
  // sentence's words: ~15 MB for a 1 MB article) to the end of the analysis.
  const { bySurname, people, mentionOf, learn } = options;
  const known = options.candidates.map(mentionOf).filter((m) => bySurname.has(m.surname));
  const titled = titledGenders(known);
  const shared = findNamesakes(known, titled);
  const unnamed = new Map([...shared].map(([surname, list]) => [surname, unnamedOf(list, titled.get(surname))]));
  const persons = new Map<Namesake | string, Person>();
  const lastInFull = new Map<string, { namesake: Namesake; paragraph: number }>();
  const personFor = (key: Namesake | string, name: string, surname: string): Person => {
    let person = persons.get(key);
    if (!person) {
      const weak = bySurname.get(surname)?.weak ?? true;
      person = { name, surname, gender: null, role: null, roleWords: new Set(), weak };
      persons.set(key, person);
      people.push(person);
    }
    return person;
  };
  const personOf = (c: C): Person | undefined => {
    const mention = mentionOf(c);
    const { surname } = mention;
    const list = shared.get(surname);
    if (!list) return bySurname.get(surname);
    const namesake = whichNamesake(mention, list, genderOf, lastInFull.get(surname), unnamed.get(surname) ?? null);
    if (!namesake) {
      // "Mr. Hollis" beside "Mary Hollis" alone: the unnamed namesake is named by the honorific that tells
      // them apart; a bare "Hollis" the evidence gives to no one stays bare.
      const unnamedOne = mention.honorific && mention.honorificGender === unnamed.get(surname);
      return unnamedOne
        ? personFor(`unnamed ${surname}`, `${mention.honorific} ${surname}`, surname)
        : personFor(surname, surname, surname);
    }
    if (mention.name.includes(' ')) lastInFull.set(surname, { namesake, paragraph: mention.paragraph });
    const person = personFor(namesake, namesake.name, surname);
    learn(person, c);
    return person;
  };
  /** lookup("Bill Clinton") / lookup("Clinton") for a shared surname; null for other surnames. */
  const byName = (name: string, surname: string): Person | null => {
    const list = shared.get(surname);
    if (!list) return null;
    const namesake = name.includes(' ') ? list.find((n) => n.names.some((m) => sameFullName(m, name))) : undefined;
    return namesake ? personFor(namesake, namesake.name, surname) : personFor(surname, surname, surname);
  };
  return Object.assign(personOf, { byName });
}
