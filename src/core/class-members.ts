import data from './class-members.json' with { type: 'json' };

/** Member stem -> the classes its commonest WordNet sense falls under (src/train/build-class-members.ts). */
const CLASSES: Readonly<Record<string, string>> = data.classes;
const parsed = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The classes a member stem's commonest sense falls under: "contractor" -> builder, constructor. */
export function classesOf(term: string): ReadonlySet<string> {
  // Only a listed term is kept: the cache is bounded by the table, not by the words a bot reads for days.
  if (!Object.hasOwn(CLASSES, term)) return NONE;
  let set = parsed.get(term);
  if (!set) {
    set = new Set(CLASSES[term]!.split(' '));
    parsed.set(term, set);
  }
  return set;
}

/**
 * Whether some term of a sentence names a member of the class a question asks for: "What weapons did officers
 * find?" over "…found a rifle and a handgun" (rifle -> firearm -> gun -> weapon). A learned WordNet table, not a
 * list of kinds: the asked noun is credited as a sentence naming one of its kinds says it.
 */
export function namesClassMember(terms: ReadonlySet<string>, classTerm: string): boolean {
  for (const t of terms) if (classesOf(t).has(classTerm)) return true;
  return false;
}
