import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordnetDataLines } from './wordnet-data-lines';

/**
 * The one-word nouns whose commonest WordNet sense falls under the synset at `root` (or one of `root`'s list), at any
 * depth. With `instances` the instance links count too ("Churchill" under leader); without, only kinds do
 * ("taoiseach" under head of state). With `anySense`, a noun counts when any of its senses falls there.
 */
export function nounsUnder(
  dict: string,
  root: string | readonly string[],
  instances: boolean,
  anySense = false,
): string[] {
  const roots = new Set(typeof root === 'string' ? [root] : root);
  const nouns = new Map(wordnetDataLines(dict, 'noun').map((s) => [s.offset, s]));
  const below = new Map<string, boolean>();
  const isBelow = (offset: string): boolean => {
    const known = below.get(offset);
    if (known !== undefined) return known;
    below.set(offset, false);
    const ups = nouns
      .get(offset)
      ?.pointers.filter((p) => (p.symbol === '@' || (instances && p.symbol === '@i')) && p.pos === 'n');
    const found = roots.has(offset) || (ups ?? []).some((p) => isBelow(p.target));
    below.set(offset, found);
    return found;
  };
  const out: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!/^[a-z]+$/.test(f[0]!)) continue;
    const senses = Number.parseInt(f[2]!, 10);
    const offsets = f.slice(f.length - senses, anySense ? f.length : f.length - senses + 1);
    if (offsets.some(isBelow)) out.push(f[0]!);
  }
  return out.sort();
}
