import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each single-word WordNet verb with the lexicographer file of each of its senses, commonest first ("consider" →
 * ["31", "31", …]: verb.cognition): what the verb-list builders (build-source-verbs.ts, build-stance-verbs.ts) select by.
 */
export function verbSenseFiles(dict: string): Array<[string, string[]]> {
  const files = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (line && !line.startsWith(' ')) files.set(line.slice(0, 8), line.split(' ')[1]!);
  }
  const out: Array<[string, string[]]> = [];
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!/^[a-z]+$/.test(f[0]!)) continue;
    const senses = Number.parseInt(f[2]!, 10);
    out.push([f[0]!, f.slice(f.length - senses).map((o) => files.get(o)!)]);
  }
  return out;
}
