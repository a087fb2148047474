import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each WordNet noun's commonest sense, by offset: index.noun lists a word's senses by frequency, first first. */
export function wordnetFirstSenses(dict: string): Map<string, string> {
  const firstSense = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    firstSense.set(f[0]!, f[f.length - Number.parseInt(f[2]!, 10)]!);
  }
  return firstSense;
}
