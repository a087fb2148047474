import { knownFirstName } from './known-first-name';
import { surname as nameSurname } from './mentions-entity';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * "Hal Brody and Mia Quist were praised … Brody, 31, said", "Gens. Paul Brandt and Ed Marlow … Brandt said": the
 * full name before "and" is a person the copy goes on to name by surname alone, as news style names a person on
 * second mention, when a known given name opens it. Made once per copy (the people index asks once per pair of a
 * list): what it reads of the copy lives with the reader, not in module state (review s38 B-r38-13).
 */
export function leadNamedAlone(text: string): (name: string) => boolean {
  const bySurname = new Map<string, number[]>();
  const byName = new Map<string, boolean>();
  /** Where the surname stands as a whole word not run on into another capitalised one ("Brody Marsh"): once a copy. */
  const aloneAt = (last: string): number[] => {
    let found = bySurname.get(last);
    if (found) return found;
    found = [];
    for (const at of textOccurrences(text, last)) {
      if (!wordBoundaryAt(text, at) || !wordBoundaryAt(text, at + last.length)) continue;
      if (/^\s+\p{Lu}/u.test(text.slice(at + last.length, at + last.length + 3))) continue;
      found.push(at);
    }
    bySurname.set(last, found);
    return found;
  };
  return (name) => {
    const given = name.slice(0, name.indexOf(' ') >>> 0);
    if (!knownFirstName(given)) return false;
    const known = byName.get(name);
    if (known !== undefined) return known;
    const last = nameSurname(name);
    const lead = name.slice(0, name.length - last.length);
    // Only an occurrence of this very name is passed over, and the answer is kept per name: a pasted run of one
    // list repeated ("John Smith, Mary Jones and Tom Reid, …") reads each occurrence once, not once per pair.
    const alone = aloneAt(last).some((at) => at < lead.length || !text.startsWith(lead, at - lead.length));
    byName.set(name, alone);
    return alone;
  };
}
