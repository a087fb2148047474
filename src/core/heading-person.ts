/** A sentence that is a name alone: a list's heading ("5. Jeb Bush.", "Marco Rubio."). */
const HEADING = /^(?:\d+\.\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){1,3})\.?$/u;

/** Sibling headings that must be people before a heading of the same shape is read as one. */
const MIN_SIBLINGS = 2;

/**
 * "Seven GOP hopefuls who could still make a case … 6. John Kasich. … 5. Jeb Bush. … 1. Marco Rubio.": a name
 * standing alone as a heading, in copy whose other such headings name people, is one of the list's people even
 * when nothing else vouches for it (no known first name, no title, no quote).
 */
export function headingPerson(
  name: string,
  sentences: readonly string[],
  isPerson: (heading: string) => boolean,
): boolean {
  const headings = sentences.map((s) => HEADING.exec(s.trim())?.[1]).filter((h): h is string => h !== undefined);
  if (!headings.includes(name)) return false;
  return headings.filter((h) => h !== name && isPerson(h)).length >= MIN_SIBLINGS;
}
