/**
 * Which lists of literal hints occur in a text, in one pass. One regular-expression alternation per
 * list scanned the sentence once per list; a trie walked from every character read each character a
 * few times (once per start it could continue); this automaton (Aho–Corasick: the trie with, for every
 * node and character, where the longest hint prefix that still fits goes) reads each character once
 * and finds every occurrence of every hint, overlapping and nested ones included.
 */
export function hintScan(lists: readonly (readonly string[])[]): (text: string) => Uint8Array | null {
  // Columns for the characters hints use; any other character sends the scan back to the root.
  const column = new Int16Array(65536).fill(-1);
  let width = 0;
  for (const hints of lists)
    for (const hint of hints)
      for (let k = 0; k < hint.length; k++) if (column[hint.charCodeAt(k)] === -1) column[hint.charCodeAt(k)] = width++;
  // The trie: node 0 is the root; a transition to 0 is none (no hint leads back to the root).
  const next: number[] = new Array(width).fill(0);
  const ends: number[][] = [[]];
  lists.forEach((hints, list) => {
    for (const hint of hints) {
      let node = 0;
      for (let k = 0; k < hint.length; k++) {
        const at = node * width + column[hint.charCodeAt(k)]!;
        if (next[at] === 0) {
          next[at] = ends.length;
          ends.push([]);
          for (let c = 0; c < width; c++) next.push(0);
        }
        node = next[at]!;
      }
      if (!ends[node]!.includes(list)) ends[node]!.push(list);
    }
  });
  const table = Int32Array.from(next);
  // Breadth first, so a node's fallback (a shorter node) is complete before the node: its missing
  // transitions are its fallback's, and it reports its fallback's lists too. The root reports nothing
  // (an empty hint was never found by the trie walk either).
  const fallback = new Int32Array(ends.length);
  const reports: number[][] = ends.map(() => []);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) if (table[c] !== 0) queue.push(table[c]!);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    reports[node] = [...new Set([...ends[node]!, ...reports[fallback[node]!]!])];
    for (let c = 0; c < width; c++) {
      const child = table[node * width + c]!;
      const shorter = table[fallback[node]! * width + c]!;
      if (child === 0) table[node * width + c] = shorter;
      else {
        fallback[child] = shorter;
        queue.push(child);
      }
    }
  }
  const reporting = Uint8Array.from(reports, (r) => (r.length > 0 ? 1 : 0));
  const count = lists.length;
  return (text) => {
    let found: Uint8Array | null = null;
    let node = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = column[text.charCodeAt(i)]!;
      node = c < 0 ? 0 : table[node * width + c]!;
      if (reporting[node] === 0) continue;
      found ??= new Uint8Array(count);
      for (const list of reports[node]!) found[list] = 1;
    }
    return found;
  };
}
