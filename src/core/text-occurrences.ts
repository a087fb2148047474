/**
 * Where a literal occurs in the copy, ascending, overlaps included: `text.indexOf(literal, q + 1)` repeated. Who is who
 * asks this of every name on every check, and each `indexOf` reads the copy to its end, so a roster of thousands of
 * names read the copy thousands of times per check. A long copy asked twice gets an index instead: the positions of
 * every three-character piece of it, built in one pass; a literal's occurrences are then read from the smallest
 * bucket among its own pieces (a surname's, not a given name's shared by hundreds) and each candidate is checked.
 */
const LONG = 20_000;
const PIECE = 3;
/** A few copies at once (who is who reads the copy and the headline with it); the oldest dropped first. */
const KEEP = 4;

type Index = Map<string, number[]>;
const indexes = new Map<string, Index | null>();

/** One pass over the copy: each position under its three-character piece. */
function build(text: string): Index {
  const index: Index = new Map();
  for (let i = 0; i + PIECE <= text.length; i++) {
    const piece = text.slice(i, i + PIECE);
    const at = index.get(piece);
    if (at) at.push(i);
    else index.set(piece, [i]);
  }
  return index;
}

/** The copy's index, built on the second question about the same long copy (one question reads it once anyway). */
function indexOf(text: string): Index | null {
  if (text.length < LONG) return null;
  if (!indexes.has(text)) {
    indexes.set(text, null);
    if (indexes.size > KEEP) indexes.delete(indexes.keys().next().value!);
    return null;
  }
  let index = indexes.get(text)!;
  if (!index) {
    index = build(text);
    indexes.set(text, index);
  }
  return index;
}

export function textOccurrences(text: string, literal: string): number[] {
  if (!literal) return [];
  const index = literal.length >= PIECE ? indexOf(text) : null;
  const found: number[] = [];
  if (!index) {
    for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) found.push(q);
    return found;
  }
  let best: number[] = [];
  let offset = -1;
  for (let j = 0; j + PIECE <= literal.length; j++) {
    const at = index.get(literal.slice(j, j + PIECE)) ?? [];
    if (offset < 0 || at.length < best.length) {
      best = at;
      offset = j;
    }
    if (!at.length) break;
  }
  for (const s of best) if (s >= offset && text.startsWith(literal, s - offset)) found.push(s - offset);
  return found;
}

/** The occurrences a search from each match's end finds (`indexOf(literal, at + literal.length)` repeated). */
export function nonOverlapping(occurrences: number[], length: number): number[] {
  const kept: number[] = [];
  for (const at of occurrences) if (!kept.length || at >= kept.at(-1)! + length) kept.push(at);
  return kept;
}
