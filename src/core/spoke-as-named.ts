import { handFirstName } from './hand-first-name';
import { surname } from './mentions-entity';

/** The given name a full name opens with, when the hand tables know it ("Hillary Clinton" → Hillary); else none. */
const givenOf = (name: string): string | null => {
  const first = name.split(/\s+/)[0]!;
  return name.includes(' ') && handFirstName(first) ? first : null;
};

/**
 * A speaker the copy describes rather than names: "one owner in western Queensland", "a nurse in Leeds", "owner in
 * western Queensland" (a pronoun's reading of the same). Its last word is the place or body the description is about,
 * no surname: "Queensland" did not speak (audit B-a60-1).
 */
const DESCRIBED =
  /^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s|\p{Ll}.*\s(?:in|from|of|at|near|on|for|to|with|by|across|outside|around|within)\s)/u;

/**
 * Whether a name is one of the speakers: the name itself, or its surname where a speaker bears it ("Trump" for
 * "Donald Trump"). Not where both give a known given name and the two differ: "Hillary Clinton" quoted is no quote of
 * "Bill Clinton", whom the copy names beside her. Built once per brief from the speakers (sets, not a scan per name).
 */
export function spokeAsNamed(speakers: ReadonlySet<string>): (name: string) => boolean {
  // Per surname: the given names its speakers bear, null for one with none known ("Clinton", "Mr. Clinton").
  const givens = new Map<string, Set<string | null>>();
  for (const s of speakers) {
    if (DESCRIBED.test(s)) continue;
    const last = surname(s);
    const set = givens.get(last) ?? new Set<string | null>();
    set.add(givenOf(s));
    givens.set(last, set);
  }
  return (name: string): boolean => {
    if (speakers.has(name)) return true;
    const set = givens.get(surname(name));
    if (!set) return false;
    const given = givenOf(name);
    return given === null || set.has(null) || set.has(given);
  };
}
