import { textOccurrences } from './text-occurrences';

/** A capitalised name of two words or more closing the text before a list's comma or "and". */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)+)(?:,|,? and) $/u;
/** The same opening the text after one. */
const NAME_AFTER = /^(?:,|,? and) (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)+)/u;
/** How far to read either side of an occurrence: a name or two, never the rest of the copy. */
const REACH = 80;

/**
 * "Ben Carson, Ted Cruz and Rand Paul have all attacked the program": a name the copy lists beside a person's is of
 * their kind. A name typed as a person that merely lacks a person's cue ("Rand" is in no first-name list) is then no
 * evidence of a body, so it is not put on the organisations line. Read at the name's own occurrences, a bounded
 * slice either side (linear on a pasted roster).
 */
export function whoIsWhoListedBeside(name: string, text: string, isPerson: (name: string) => boolean): boolean {
  for (const at of textOccurrences(text, name)) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - REACH), at));
    if (before && isPerson(before[1]!)) return true;
    const after = NAME_AFTER.exec(text.slice(at + name.length, at + name.length + REACH));
    if (after && isPerson(after[1]!)) return true;
  }
  return false;
}
