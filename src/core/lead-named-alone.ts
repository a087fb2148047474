import { knownFirstName } from './known-first-name';
import { surname as nameSurname } from './mentions-entity';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * "Hal Brody and Mia Quist were praised … Brody, 31, said", "Gens. Paul Brandt and Ed Marlow … Brandt said": the
 * full name before "and" is a person the copy goes on to name by surname alone, as news style names a person on
 * second mention, when a known given name opens it. Read at the surname's occurrences (an index, not a
 * scan of the copy per pair: a pasted roster of pairs stays linear).
 */
export function leadNamedAlone(name: string, text: string): boolean {
  const given = name.slice(0, name.indexOf(' ') >>> 0);
  if (!knownFirstName(given)) return false;
  const last = nameSurname(name);
  const lead = name.slice(0, name.length - last.length);
  for (const at of textOccurrences(text, last)) {
    if (!wordBoundaryAt(text, at) || !wordBoundaryAt(text, at + last.length)) continue;
    if (at >= lead.length && text.startsWith(lead, at - lead.length)) continue;
    // "Brody Marsh": a surname that runs on into another capitalised word is another name's first word.
    if (/^\s+\p{Lu}/u.test(text.slice(at + last.length, at + last.length + 3))) continue;
    return true;
  }
  return false;
}
