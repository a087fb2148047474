import type { Entity } from './analysis-types';
import { gluedRun } from './glued-run';
import { surname } from './mentions-entity';

/**
 * Far more names than any article on the eval sets holds (239 at most, a list of names), so real copy is read whole.
 */
const MAX_CANDIDATES = 250;

/**
 * The entities who is who reads. Each is checked against the whole copy, so a pasted list of thousands of
 * names (election results, a donor list) would take minutes on the bot's main thread; the list shows twelve,
 * so past the cap only the quoted and the most mentioned are read, in the copy's order. Page furniture glued on to a
 * name (`gluedRun`) is no one's.
 */
export function whoIsWhoCandidates(
  entities: readonly Entity[],
  text: string,
  spoke: (e: Entity) => boolean,
  max = MAX_CANDIDATES,
): Entity[] {
  // Only a person's run: an organisation's name may be camel-cased ("FiveThirtyEight", "iHeartMedia").
  const named = entities.filter((e) => e.type !== 'person' || !gluedRun(e.name));
  if (named.length <= max) return named;
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ranked = named.map((e, i) => ({ i, spoke: spoke(e), count: counts.get(surname(e.name)) ?? 0 }));
  ranked.sort((a, b) => Number(b.spoke) - Number(a.spoke) || b.count - a.count || a.i - b.i);
  const kept = new Set(ranked.slice(0, max).map((r) => r.i));
  return named.filter((_, i) => kept.has(i));
}
