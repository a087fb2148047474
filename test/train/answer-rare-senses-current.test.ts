import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedStems } from '../../src/core/answer-lexicon';
import data from '../../src/core/answer-rare-senses.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { buildRareSenses } from '../../src/train/build-rare-senses';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);

// The committed synonyms are what src/train/build-rare-senses.ts writes, so an edit by hand (or a stale file) shows.
describe('answer-rare-senses.json is what build-rare-senses builds', () => {
  if (!haveEvalData) {
    it.skip(`skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`);
    return;
  }
  it('from the corpus vocabulary and WordNet alone, past the commonest senses', () => {
    const built = buildRareSenses([
      join(DEFAULT_EVAL_DIR, 'polnear/article/train'),
      join(DEFAULT_EVAL_DIR, 'bbc/article'),
    ]);
    expect({ senses: built }).toEqual(data);
    expect(built.fire!.split(' ')).toContain('termin');
    // A commonest-sense relative stays answer-lexicon.json's, at its fuller share.
    for (const [stem, list] of Object.entries(built))
      expect(list.split(' ').filter((s) => relatedStems(stem).includes(s))).toEqual([]);
  });
});
