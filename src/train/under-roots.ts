import type { NounSynset } from './wordnet-noun-synsets';

/**
 * Whether a noun synset falls under one of `roots` by its hypernym links, at any depth, each synset decided once: the
 * test the WordNet word-list builders (landforms, places of care, settlements) share.
 */
export function underRoots(synsets: Map<string, NounSynset>, roots: ReadonlySet<string>): (offset: string) => boolean {
  const below = new Map<string, boolean>();
  const isBelow = (offset: string): boolean => {
    const known = below.get(offset);
    if (known !== undefined) return known;
    below.set(offset, false);
    const found = roots.has(offset) || (synsets.get(offset)?.up ?? []).some(isBelow);
    below.set(offset, found);
    return found;
  };
  return isBelow;
}
