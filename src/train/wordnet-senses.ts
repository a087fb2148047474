import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each lemma of WordNet's index.noun, index.verb or index.adj and its synset offsets, commonest sense first (index order). */
export function wordnetSenses(dict: string, pos: 'noun' | 'verb' | 'adj'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    index.set(f[0]!, f.slice(f.length - Number.parseInt(f[2]!, 10)));
  }
  return index;
}
