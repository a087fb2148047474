import type { Entity } from './analysis-types';
import { firstNameGender } from './first-name-gender';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { speakerNames } from './joint-speaker';
import { countWord } from './literal-matches';
import { surname } from './mentions-entity';
import { spokeAsNamed } from './spoke-as-named';

const givenOf = (name: string): string | null => {
  const first = name.split(/\s+/)[0]!;
  return name.includes(' ') && handFirstName(first) ? first : null;
};

/**
 * Whether the copy quotes a listed name. A speaker written with a known given name is that person's only; a bare
 * surname ("Clinton said") or an honorific ("Mrs. Clinton said") beside namesakes each written in full ("Bill
 * Clinton's presidency", "Hillary Clinton" three times) is not every namesake's: the honorific's sex names those of
 * that sex, and a bare surname the namesake the copy writes in full at least twice more than each other one (all of
 * them when none is so plainly the one), as namesake-weights.ts reads the surname's mentions. Without it a husband named once in passing was "quoted".
 */
export function whoIsWhoSpoke(
  printed: ReadonlySet<string>,
  entities: readonly Pick<Entity, 'name' | 'type'>[],
  text: string,
): (name: string) => boolean {
  // "Ann Lee and Tom Ruiz" quoted together quotes each of them.
  const speakers = new Set([...printed].flatMap(speakerNames));
  const spoke = spokeAsNamed(speakers);
  const givenSpeakers = [...speakers].filter((s) => givenOf(s) !== null);
  const byGiven = spokeAsNamed(new Set(givenSpeakers));
  const full = new Map<string, Set<string>>();
  for (const e of entities)
    if (e.type === 'person' && givenOf(e.name)) {
      const same = full.get(surname(e.name)) ?? new Set<string>();
      full.set(surname(e.name), same.add(e.name));
    }
  const bare = [...speakers].filter((s) => givenOf(s) === null);
  return (name: string): boolean => {
    if (!spoke(name)) return false;
    const given = givenOf(name);
    const namesakes = [...(full.get(surname(name)) ?? [])].filter((n) => givenOf(n) !== given);
    if (!given || byGiven(name) || speakers.has(name) || namesakes.length === 0) return true;
    const mine = countWord(text, name);
    const sex = firstNameGender(given);
    return bare.some((s) => {
      if (surname(s) !== surname(name)) return false;
      const honorific = HONORIFICS.get(s.split(/\s+/)[0]!);
      if (s.includes(' ') && honorific) return sex === null || honorific === sex;
      // Only a namesake the copy plainly names more (twice more in full) takes it: "Patricia Smith, mother of … Sean
      // Smith … 'She lied,' Smith said" writes the son in full twice and the quoted mother once.
      return namesakes.every((n) => countWord(text, n) < mine + 2);
    });
  };
}
