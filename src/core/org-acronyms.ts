import { DOCUMENT_HEADS } from './org-heads';

/** Short words an acronym skips ("National Association for the Advancement of Colored People" → "NAACP"). */
const MINOR = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);

/** The initials of a name's significant words: "Democratic National Committee" → "DNC". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** "Defend Trade Secrets Act", "Second Amendment": a law's or an agreement's name. */
const documentName = (name: string): boolean => name.includes(' ') && DOCUMENT_HEADS.has(name.split(/\s+/).at(-1)!);

/** A name written as an acronym: two to six capitals ("DNC", "NAACP"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * The organisations the copy names twice or more, one line each: an acronym and its expansion in the same copy
 * ("Democratic National Committee … the DNC") are one organisation, shown in the form the copy writes first and
 * counted by both forms' mentions; most mentioned first. Each acronym joins the first name of two words or more
 * whose initials spell it, found by a map rather than by comparing every pair (a pasted list of hundreds of bodies
 * made the pairwise scan quadratic).
 */
export function orgAcronyms(organizations: Array<{ name: string; count: number }>, text: string): string[] {
  const merged = organizations.map((o) => ({ ...o, at: firstAt(text, o.name), law: documentName(o.name) }));
  const acronyms = new Map<string, number>();
  merged.forEach((o, i) => {
    if (ACRONYM.test(o.name) && !acronyms.has(o.name)) acronyms.set(o.name, i);
  });
  const joined = new Set<number>();
  merged.forEach((long, i) => {
    if (!long.name.includes(' ')) return;
    const letters = initials(long.name);
    const k = acronyms.get(letters);
    if (k === undefined) return;
    acronyms.delete(letters);
    const short = merged[k]!;
    // The line stands where the earlier of the two stood in the list; the other is folded into it.
    merged[Math.min(i, k)] = {
      name: short.at <= long.at ? short.name : long.name,
      count: short.count + long.count,
      at: Math.min(short.at, long.at),
      law: long.law,
    };
    joined.add(Math.max(i, k));
  });
  // "Affordable Care Act … the ACA": a law the copy names, by either form, is no body a reader could call (audit 56
  // B-a56-10); typed with the bodies, it is left off the list here, after its acronym has been joined to it.
  return merged
    .filter((o, i) => !joined.has(i) && !o.law)
    .sort((a, b) => b.count - a.count)
    .map((o) => o.name);
}

/** Where the copy first writes the name (the end of the copy when it never does as written). */
function firstAt(text: string, name: string): number {
  const at = text.indexOf(name);
  return at < 0 ? text.length : at;
}
