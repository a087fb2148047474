import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/analysis-types';

// Real articles for the store contract, read from the shared eval data: search is tested on copy
// as it arrives, not on made-up words.

const SHARED = join(import.meta.dirname, '../../../shared');
export const FLYNN = readFileSync(join(SHARED, 'samples/flynn-immunity.txt'), 'utf8');
const BBC = join(SHARED, 'eval/bbc/article');

export function bbc(name: string) {
  const text = readFileSync(`${BBC}/${name}.txt`, 'utf8');
  return { source: `bbc/${name}`, title: text.split('\n')[0]!, text };
}

export const flynn = () => ({ source: 'flynn-immunity.txt', title: FLYNN.split('\n')[0]!, text: FLYNN });

/** A one-sentence analysis under `title`, for the store's cached-analysis cases. */
export function analysisTitled(title: string): Analysis {
  return {
    title,
    sentences: [{ id: 0, text: 'One sentence.', start: 0, end: 13, paragraph: 0 }],
    summary: [{ text: 'One sentence.', sentenceIds: [0] }],
    quotes: [{ text: 'Nope.', speaker: 'Sean Spicer', sentenceId: 0, key: true }],
    statements: [],
    questions: [],
    entities: [{ name: 'Sean Spicer', type: 'person', role: 'White House spokesman' }],
  };
}
