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
 *
 * A list searched with `===`, most recent first, not a Map: `===` is an identity check first, and the entry found
 * takes the object just asked about, so the copy a caller asks about over and over (who is who's own join of the
 * sentences) costs one pointer comparison per question. A Map kept the first object as its key and compared an equal
 * copy held as another string in full on every question (V8 hashes a string longer than 16,383 characters by its
 * length alone, so a different copy of the same length is read up to its first difference too): 300 KB per question,
 * tens of thousands of questions on a roster of names (review B-main-80).
 */
const KEEP = 4;

/**
 * The copy's three-character pieces with their positions, and the occurrences of shorter literals ("Ed", "Li")
 * found once by an `indexOf` scan and kept: who is who asks the same short given name once per roster line. Each
 * position opens one literal of each length, so the kept lists hold at most two positions per character of the copy.
 *
 * The positions are chained, not listed: `next[i]` is the next position of the piece at `i` (-1 after the last), and
 * each piece keeps its first position and its count. A Map of number arrays held a 1 MB copy's million positions at 8
 * bytes each plus every array's spare room, ~11.6 MB an index, and a 1 MB article's analysis keeps two (the people
 * index's copy and the speaker resolver's, its quote marks normalised): a quarter of the analysis thread's live heap
 * at its peak. One Int32Array holds them in 4 bytes a character, outside the heap the collector walks.
 */
interface Index {
  /** Each piece's number: its first position and count are `first[n]` and `count[n]`. */
  pieces: Map<string, number>;
  first: number[];
  count: number[];
  next: Int32Array;
  short: Map<string, number[]>;
}
/** The copies asked about, most recent first, each with its index once it was asked about twice. */
const recent: Array<{ text: string; index: Index | null }> = [];

/** One pass over the copy, from its end, so each piece's chain runs in ascending order. */
function build(text: string): Index {
  const pieces = new Map<string, number>();
  const first: number[] = [];
  const count: number[] = [];
  const next = new Int32Array(Math.max(0, text.length - PIECE + 1));
  for (let i = next.length - 1; i >= 0; i--) {
    const piece = text.slice(i, i + PIECE);
    const n = pieces.get(piece);
    if (n === undefined) {
      pieces.set(piece, first.length);
      next[i] = -1;
      first.push(i);
      count.push(1);
    } else {
      next[i] = first[n]!;
      first[n] = i;
      count[n]!++;
    }
  }
  return { pieces, first, count, next, short: new Map() };
}

function scanned(text: string, literal: string): number[] {
  const found: number[] = [];
  for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) found.push(q);
  return found;
}

/** The copy's index, built on the second question about the same long copy (one question reads it once anyway). */
function indexOf(text: string): Index | null {
  if (text.length < LONG) return null;
  const at = recent.findIndex((entry) => entry.text === text);
  if (at < 0) {
    recent.unshift({ text, index: null });
    if (recent.length > KEEP) recent.pop();
    return null;
  }
  const entry = recent[at]!;
  entry.index ??= build(text);
  // To the front, keyed by the object just asked about: its next question is then one identity comparison.
  if (at > 0) {
    recent.splice(at, 1);
    recent.unshift(entry);
  }
  entry.text = text;
  return entry.index;
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
  // The literal's rarest piece (its first position, -1 for none) and where that piece sits in the literal.
  let best = -1;
  let fewest = 0;
  let offset = -1;
  for (let j = 0; j + PIECE <= literal.length; j++) {
    const n = index.pieces.get(literal.slice(j, j + PIECE));
    const count = n === undefined ? 0 : index.count[n]!;
    if (offset < 0 || count < fewest) {
      best = n === undefined ? -1 : index.first[n]!;
      fewest = count;
      offset = j;
    }
    if (!count) break;
  }
  for (let s = best; s >= 0; s = index.next[s]!)
    if (s >= offset && text.startsWith(literal, s - offset)) found.push(s - offset);
  return found;
}

/** The occurrences a search from each match's end finds (`indexOf(literal, at + literal.length)` repeated). */
export function nonOverlapping(occurrences: number[], length: number): number[] {
  const kept: number[] = [];
  for (const at of occurrences) if (!kept.length || at >= kept.at(-1)! + length) kept.push(at);
  return kept;
}
