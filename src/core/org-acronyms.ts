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

/** Whether one name is the other's acronym: "DNC" beside "Democratic National Committee" (at least two letters). */
function acronymOf(short: string, long: string): boolean {
  return /^[A-Z]{2,6}$/.test(short) && long.includes(' ') && initials(long) === short;
}

/**
 * The organisations the copy names twice or more, one line each: an acronym and its expansion in the same copy
 * ("Democratic National Committee … the DNC") are one organisation, shown in the form the copy writes first and
 * counted by both forms' mentions; most mentioned first.
 */
export function orgAcronyms(organizations: Array<{ name: string; count: number }>, text: string): string[] {
  const merged = organizations.map((o) => ({ ...o, at: firstAt(text, o.name) }));
  for (let i = 0; i < merged.length; i++)
    for (let j = merged.length - 1; j > i; j--) {
      const [a, b] = [merged[i]!, merged[j]!];
      if (!acronymOf(a.name, b.name) && !acronymOf(b.name, a.name)) continue;
      merged[i] = { name: a.at <= b.at ? a.name : b.name, count: a.count + b.count, at: Math.min(a.at, b.at) };
      merged.splice(j, 1);
    }
  return merged.sort((a, b) => b.count - a.count).map((o) => o.name);
}

/** Where the copy first writes the name (the end of the copy when it never does as written). */
function firstAt(text: string, name: string): number {
  const at = text.indexOf(name);
  return at < 0 ? text.length : at;
}
