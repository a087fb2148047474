import type { JoinedTitles } from './and-joined-office';
import { handFirstName } from './hand-first-name';
import { countWord } from './literal-matches';
import { surname } from './mentions-entity';
import { roleOf } from './role-of';
import { whoIsWhoSource } from './who-is-who-source';

/** Ten times the refused names any eval article holds (4 at most in the 1,024); a pasted list is not read past it. */
const MAX_READ = 40;

/**
 * Sources the name finder refused: "Adam Green, co-founder of the Progressive Change Campaign Committee, said",
 * "Matthew Prince, chief executive of CloudFlare", "Amy Pope, deputy homeland security advisor". The surname is
 * also a word of the finder's lists (a party, a title), so no entity holds the name; a known given name, the
 * role the copy sets after the name and a source construction make it a person all the same. Names the finder
 * read (`found`, of any type) and surnames already listed are left to it. Returns each name with its surname's
 * count, as `missedProtagonists` does, for the ranking.
 */
export function whoIsWhoMissedSources(
  text: string,
  listed: readonly string[],
  found: readonly string[],
  titles: JoinedTitles,
): Array<{ name: string; mentions: number }> {
  const surnames = new Set(listed.map(surname));
  // Every two-word run of a name the finder read ("Representative Steve Israel" holds "Steve Israel"), in a set:
  // a pasted roster of names stays linear.
  const read = new Set(
    found.flatMap((f) => f.split(/\s+/).flatMap((w, i, ws) => (i > 0 ? [`${ws[i - 1]} ${w}`] : []))),
  );
  const sources = new Map<string, number>();
  let tried = 0;
  // Letters past ASCII: "Jorge Castañeda, a former minister" is not "Jorge Casta".
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\d_])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s/gu)) {
    const [name, first, last] = [`${m[1]} ${m[2]}`, m[1]!, m[2]!];
    if (!handFirstName(first) || surnames.has(last) || read.has(name)) continue;
    if (sources.has(name) || ++tried > MAX_READ) continue;
    // The role set after the name, not a title before it ("and Senator Bernie Sanders, have promised").
    const role = roleOf(name, undefined, text, titles);
    const at = m.index + m[0].length;
    const article = /^(?:the|a|an)\s+/.exec(text.slice(at, at + 8))?.[0].length ?? 0;
    const after = role && text.startsWith(role, at + article);
    if (after && whoIsWhoSource([name], role, text)) sources.set(name, countWord(text, last));
  }
  return [...sources].map(([name, mentions]) => ({ name, mentions }));
}
