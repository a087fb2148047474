import { abbreviatedOffice } from './abbreviated-title';
import { coordinatedPartners } from './coordinated-partners';
import { looksLikePerson } from './looks-like-person';
import { surname } from './mentions-entity';
import { roleOf } from './role-of';
import { speechTagged } from './speech-tagged';
import type { Person } from './who-is-who';
import { whoIsWhoSource } from './who-is-who-source';

/**
 * "Frank Newport and Jim Harter": the side of a coordination the name finder left out, as people ranked last (order).
 * "sprinters Costas Kenteris and Katerina Thanou … Kenteris said": a partner the copy quotes is a person.
 */
export function whoIsWhoPartners(
  people: readonly Person[],
  text: string,
  sentenceTexts: readonly string[],
  counted: (word: string) => number,
  order: number,
): Person[] {
  const partners: Person[] = [];
  for (const name of coordinatedPartners(
    people.map((p) => p.name),
    text,
  ))
    if (looksLikePerson(name, text, speechTagged(surname(name), text), sentenceTexts)) {
      // "Reps. Tom Cole and Ann Wagner": the list's plural title is the partner's office too.
      const role = roleOf(name, undefined, text) ?? abbreviatedOffice(name, text);
      const named = counted(surname(name));
      // "Frank Newmark and Jim Hartley: “We found…”": the partner of someone quoted speaks with them.
      const joint = people.some(
        (p) => p.spoke && [`${name} and ${p.name}`, `${p.name} and ${name}`].some((j) => text.includes(j)),
      );
      const source = joint || whoIsWhoSource([name], role, text);
      partners.push({ name, role, weight: 1, order, named, spoke: false, source });
    }
  return partners;
}
