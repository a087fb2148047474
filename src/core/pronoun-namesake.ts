import type { Gender } from './honorifics';
import type { PeopleIndex, Person } from './people';

/** Per index, the people named in full under each surname: read once an article, not once a pronoun. */
const fullNames = new WeakMap<PeopleIndex, Map<string, Person[]>>();

/**
 * The person a "she" or "he" means when its antecedent is a bare surname two people share ("Orrin" beside Mabel and
 * Peter Orrin: namesakes.ts leaves it a person of its own, named by the surname alone): the one namesake named in full
 * whom the pronoun's sex fits (not of the other sex: "Peter" is no "she"), printed in full; null when none fits, for
 * the surname then names someone the pronoun cannot be (audit 48 B-a48-2). Several fitting ("Trump" beside Donald
 * and Eric Trump, "he") leave the surname as the copy writes it: nulling them lost ~70 dump rows the copy's own
 * "Trump" reads right. Any other person is returned as it is.
 */
export function pronounNamesake(person: Person, sex: Gender, index: PeopleIndex): Person | null {
  if (person.name !== person.surname || person.name.includes(' ')) return person;
  let bySurname = fullNames.get(index);
  if (!bySurname) {
    // The people the copy mentions: index.people also keeps the surname's first entry, which learned every namesake.
    const mentioned = new Set(index.mentions.flat().map((m) => m.person));
    bySurname = new Map();
    for (const p of mentioned)
      if (p.name.includes(' ')) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
    fullNames.set(index, bySurname);
  }
  const namesakes = bySurname.get(person.surname) ?? [];
  if (namesakes.length === 0) return person;
  // A namesake of no known sex fits as a named person does (resolve-pronoun.ts fits): only the other sex rules out.
  const fitting = namesakes.filter((p) => p.gender !== (sex === 'male' ? 'female' : 'male'));
  // Several fit ("Trump" beside Donald and Eric Trump): the surname stays the copy's, as namesakes.ts leaves it.
  if (fitting.length > 1) return person;
  return fitting[0] ?? null;
}
