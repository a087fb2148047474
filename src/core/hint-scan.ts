/**
 * Which lists of literal hints occur in a text, in one pass: a table-driven trie of every hint, walked
 * from each character. One regular-expression alternation per list scanned the sentence once per list;
 * the trie reads each character a few times whatever the number of lists.
 */
export function hintScan(lists: readonly (readonly string[])[]): (text: string) => Uint8Array | null {
  // Columns for the characters hints use; any other character ends a walk.
  const column = new Int16Array(65536).fill(-1);
  let width = 0;
  for (const hints of lists)
    for (const hint of hints)
      for (let k = 0; k < hint.length; k++) if (column[hint.charCodeAt(k)] === -1) column[hint.charCodeAt(k)] = width++;
  // Node 0 is the root; a transition to 0 is none (no hint leads back to the root).
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
  const count = lists.length;
  return (text) => {
    let found: Uint8Array | null = null;
    for (let i = 0, n = text.length; i < n; i++) {
      let node = 0;
      for (let k = i; k < n; k++) {
        const c = column[text.charCodeAt(k)]!;
        if (c < 0) break;
        node = table[node * width + c]!;
        if (node === 0) break;
        const ending = ends[node]!;
        if (ending.length === 0) continue;
        found ??= new Uint8Array(count);
        for (const list of ending) found[list] = 1;
      }
    }
    return found;
  };
}
