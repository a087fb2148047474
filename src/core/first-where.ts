/**
 * The ranking with the best-ranked sentence a pick accepts moved to the front, the rest in their order; the ranking
 * itself, untouched, when no pick accepts one. Picks are tried in turn, a later one only when no sentence meets the
 * one before ("the source's own words, else words reported as theirs"). The answer modules that put a sentence
 * satisfying some reading first (the asked act done, the asked verb's clause dated, the standing given) all end so.
 */
export function firstWhere<T>(ranked: T[], ...picks: ((r: T, at: number) => unknown)[]): T[] {
  for (const pick of picks) {
    const first = ranked.find(pick);
    if (first !== undefined) return [first, ...ranked.filter((r) => r !== first)];
  }
  return ranked;
}
