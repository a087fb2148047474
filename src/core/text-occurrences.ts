/**
 * Where a literal occurs in the copy, ascending, overlaps included: `text.indexOf(literal, q + 1)` repeated. Who is who
 * asks this of every name on every check, and each `indexOf` reads the copy to its end, so a roster of thousands of
 * names read the copy thousands of times per check. A long copy asked twice gets an index instead: the positions of
 * every three-character piece of it, built in one pass; a literal's occurrences are then read from the smallest
 * bucket among its own pieces (a surname's, not a given name's shared by hundreds) and each candidate is checked.
 */
const LONG = 20_000;
const PIECE = 3;
/**
 * A few copies at once (who is who reads the copy and the headline with it); the oldest dropped first. The cache is
 * module-level, not an object passed down, because its callers are a dozen small readers (literalMatches, countWord,
 * personCue, …) that take only `(text, literal)` and are reached from many entry points; the key is the copy itself,
 * so an answer can never come from another copy, and at most four copies (and their indexes) are held.
 */
const KEEP = 4;

/**
 * The copy's three-character pieces with their positions, and the occurrences of shorter literals ("Ed", "Li")
 * found once by an `indexOf` scan and kept: who is who asks the same short given name once per roster line. Each
 * position opens one literal of each length, so the kept lists hold at most two positions per character of the copy.
 */
interface Index {
  pieces: Map<string, number[]>;
  short: Map<string, number[]>;
}
const indexes = new Map<string, Index | null>();

/** One pass over the copy: each position under its three-character piece. */
function build(text: string): Index {
  const pieces = new Map<string, number[]>();
  for (let i = 0; i + PIECE <= text.length; i++) {
    const piece = text.slice(i, i + PIECE);
    const at = pieces.get(piece);
    if (at) at.push(i);
    else pieces.set(piece, [i]);
  }
  return { pieces, short: new Map() };
}

function scanned(text: string, literal: string): number[] {
  const found: number[] = [];
  for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) found.push(q);
  return found;
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
  const index = indexOf(text);
  if (!index) return scanned(text, literal);
  if (literal.length < PIECE) {
    let at = index.short.get(literal);
    if (!at) {
      at = scanned(text, literal);
      index.short.set(literal, at);
    }
    // A copy: callers may keep or change the list they get.
    return at.slice();
  }
  const found: number[] = [];
  let best: number[] = [];
  let offset = -1;
  for (let j = 0; j + PIECE <= literal.length; j++) {
    const at = index.pieces.get(literal.slice(j, j + PIECE)) ?? [];
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
