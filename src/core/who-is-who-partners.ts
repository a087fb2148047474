import { abbreviatedOffice } from './abbreviated-title';
import type { JoinedTitles } from './and-joined-office';
import { coordinatedPartners } from './coordinated-partners';
import { looksLikePerson } from './looks-like-person';
import { surname } from './mentions-entity';
import { roleOf } from './role-of';
import { speechTagged } from './speech-tagged';
import { textOccurrences } from './text-occurrences';
import type { Person } from './who-is-who';
import { whoIsWhoSourceKind } from './who-is-who-source';

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
  titles: JoinedTitles,
): Person[] {
  const partners: Person[] = [];
  const spoke = new Set(people.filter((p) => p.spoke).map((p) => p.name));
  const lengths = [...new Set([...spoke].map((n) => n.length))];
  for (const name of coordinatedPartners(
    people.map((p) => p.name),
    text,
  ))
    if (looksLikePerson(name, text, speechTagged(surname(name), text), sentenceTexts)) {
      // "Reps. Tom Cole and Ann Wagner": the list's plural title is the partner's office too.
      const role = roleOf(name, undefined, text, titles) ?? abbreviatedOffice(name, text);
      const named = counted(surname(name));
      // "Frank Newmark and Jim Hartley: “We found…”": the partner of someone quoted speaks with them.
      const joint = besideSpeaker(name, text, spoke, lengths);
      const kind = joint ? { source: true, introduced: false } : whoIsWhoSourceKind([name], role, text);
      partners.push({ name, role, weight: 1, order, named, spoke: false, ...kind });
    }
  return partners;
}

/**
 * Whether the copy writes "<name> and <a speaker>" or "<a speaker> and <name>". Read at the name's own occurrences,
 * against the speakers' names by length: a search of the whole copy for every partner and speaker pair was
 * quadratic once a titled list's first name speaks ("Generals Tom A and Ann B testified. A said …" × thousands;
 * review B-who38-2).
 */
function besideSpeaker(name: string, text: string, spoke: ReadonlySet<string>, lengths: readonly number[]): boolean {
  if (spoke.size === 0) return false;
  for (const at of textOccurrences(text, name)) {
    const after = at + name.length;
    if (text.startsWith(' and ', after))
      for (const length of lengths) if (spoke.has(text.slice(after + 5, after + 5 + length))) return true;
    if (at >= 5 && text.startsWith(' and ', at - 5))
      for (const length of lengths)
        if (at - 5 - length >= 0 && spoke.has(text.slice(at - 5 - length, at - 5))) return true;
  }
  return false;
}
