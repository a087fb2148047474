import type { Entity } from './analysis-types';

/** The entities whose lowered name occurs in a lowered sentence, in the entity list's order. */
export type EntityFinder = (lowered: string) => Entity[];

/** Edge keys pack a node and a UTF-16 code unit into one number: one map for the whole automaton, not one per node. */
const UNIT = 0x10000;

/**
 * Which entity names a sentence contains, as `lowered.includes(name.toLowerCase())` says, for every sentence of an
 * answer: testing every name against every sentence is quadratic on a roster of thousands of people (each sentence
 * read once per name). The lowered names are read once into one automaton (Aho–Corasick over code units, the same
 * substrings `includes` finds), and each sentence is then read once, whatever the number of names.
 */
export function entityFinder(entities: readonly Entity[]): EntityFinder {
  const edges = new Map<number, number>();
  const kids: number[][] = [[]];
  const codes: number[] = [0];
  const ends: number[][] = [[]];
  // An empty name is in every sentence, as `includes('')` says.
  const always: number[] = [];
  entities.forEach((e, i) => {
    const name = e.name.toLowerCase();
    if (!name) {
      always.push(i);
      return;
    }
    let node = 0;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let next = edges.get(node * UNIT + code);
      if (next === undefined) {
        next = kids.length;
        edges.set(node * UNIT + code, next);
        kids.push([]);
        codes.push(code);
        ends.push([]);
        kids[node]!.push(next);
      }
      node = next;
    }
    ends[node]!.push(i);
  });
  // Failure links (longest proper suffix in the trie) and output links (the nearest such suffix that ends a name),
  // breadth first so a node's suffixes are linked before it.
  const fail = new Array<number>(kids.length).fill(0);
  const output = new Array<number>(kids.length).fill(0);
  const queue = [...kids[0]!];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const child of kids[node]!) {
      const code = codes[child]!;
      let f = fail[node]!;
      while (f > 0 && !edges.has(f * UNIT + code)) f = fail[f]!;
      const to = node === 0 ? 0 : (edges.get(f * UNIT + code) ?? 0);
      fail[child] = to;
      output[child] = ends[to]!.length > 0 ? to : output[to]!;
      queue.push(child);
    }
  }
  // Per sentence, a node already reported is not reported again, nor its output chain (reported with it).
  const seen = new Array<number>(kids.length).fill(0);
  let stamp = 0;
  return (lowered) => {
    stamp++;
    const found = [...always];
    let node = 0;
    for (let k = 0; k < lowered.length; k++) {
      const code = lowered.charCodeAt(k);
      while (node > 0 && !edges.has(node * UNIT + code)) node = fail[node]!;
      node = edges.get(node * UNIT + code) ?? 0;
      for (let at = ends[node]!.length > 0 ? node : output[node]!; at > 0 && seen[at] !== stamp; at = output[at]!) {
        seen[at] = stamp;
        for (const i of ends[at]!) found.push(i);
      }
    }
    return found.sort((a, b) => a - b).map((i) => entities[i]!);
  };
}
