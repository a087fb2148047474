import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { handFirstName } from './hand-first-name';
import { otherFirstName } from './looks-like-person';
import { surname } from './mentions-entity';
import { PERSONS_AFTER_THE } from './persons-after-the';
import { textOccurrences } from './text-occurrences';

/** The fewest mentions of a surname that make its bearer someone the story is about. */
const MIN_MENTIONS = 3;

/**
 * "former secretary of State Hillary Clinton … the Clinton camp has lobbed": the surname written again only as what
 * a person has ("the Clinton camp", "the Feingold campaign") is a second mention of that person, when no other
 * given name shares it ("the Clinton years" beside Bill and Hillary Clinton could be either).
 */
function possessedOnly(first: string, last: string, text: string): boolean {
  if (otherFirstName(first, last, text)) return false;
  // `\b[Tt]he last(?=…)` read at the surname's occurrences, not one expression per name run over the whole copy (a
  // roster of full names, each named again by surname, read the copy once per name).
  for (const q of textOccurrences(text, last)) {
    if (q < 4 || !THE.test(text.slice(q - 4, q)) || /\w/.test(text[q - 5] ?? '')) continue;
    AFTER_THE.lastIndex = q + last.length;
    if (AFTER_THE.test(text)) return true;
  }
  return false;
}

const THE = /^[Tt]he $/;
const AFTER_THE = new RegExp(PERSONS_AFTER_THE.source.slice(1), 'y');

/**
 * Protagonists the name finder missed: a known first name and a surname written out together at least
 * once ("Supporters of Hillary Clinton and Bernie Sanders…"), whose surname the copy goes on to use
 * three or more times ("Clinton" nine times), when nobody listed already carries that surname (the
 * shared-surname pass reads those). Returns each name with its surname's count, for the ranking.
 */
export function missedProtagonists(text: string, listed: readonly string[]): Array<{ name: string; mentions: number }> {
  const surnames = new Set(listed.map(surname));
  const found = new Map<string, number>();
  // Every word's mentions counted in one pass, not a scan of the copy per name: a pasted list of names stays linear.
  const mentionsOf = new Map<string, number>();
  // Letters are read past ASCII: "Peña" is one word, not "Pe" and "a" (ASCII \w cut "Enrique Peña Nieto" to
  // "Enrique Pe", a second line for him).
  for (const [word] of text.matchAll(/(?<![\p{L}\p{M}\d_'’-])[\p{L}\p{M}\d_-]+(?![\p{L}\p{M}\d_-])(?!\s+\p{Lu})/gu))
    mentionsOf.set(word, (mentionsOf.get(word) ?? 0) + 1);
  // A full name not run on into a further capitalised word ("Hillary Clinton Foundation" is not her).
  for (const m of text.matchAll(
    /(?<![\p{L}\p{M}\d_])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\d_])(?![\p{L}\p{M}\d_'’-]*\s+\p{Lu})/gu,
  )) {
    const [, first, surname] = m as unknown as [string, string, string];
    const name = `${first} ${surname}`;
    // "Robert Jr.": a generational suffix is no surname.
    if (!handFirstName(first) || GENERATIONAL_SUFFIXES.has(surname)) continue;
    if (surnames.has(surname) || found.has(name)) continue;
    const mentions = mentionsOf.get(surname) ?? 0;
    if (mentions >= MIN_MENTIONS || (mentions >= 2 && possessedOnly(first, surname, text))) found.set(name, mentions);
  }
  return [...found].map(([name, mentions]) => ({ name, mentions }));
}
