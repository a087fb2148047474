import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auc, followupRanking } from '../../src/eval/followup-ranking';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';

describe('auc', () => {
  it('is 1 when every flagged item outranks the rest, 0 when none does, and counts ties half', () => {
    expect(
      auc([
        [0.9, true],
        [0.8, true],
        [0.1, false],
      ]),
    ).toBe(1);
    expect(
      auc([
        [0.1, true],
        [0.9, false],
      ]),
    ).toBe(0);
    expect(
      auc([
        [0.5, true],
        [0.5, false],
      ]),
    ).toBe(0.5);
  });
});

// The scorer is fitted on PolNeAR train attributions only; the editors' dev labels are unseen by it.
describe.runIf(existsSync(DEFAULT_EVAL_DIR))('follow-up scorer on the editors’ labels (dev)', () => {
  const ranking = followupRanking(DEFAULT_EVAL_DIR);

  it('ranks flagged PolNeAR dev sentences better than the cue strength alone', () => {
    expect(ranking.polnear.flagged).toBe(105);
    expect(ranking.polnear.scorer).toBeGreaterThanOrEqual(0.71);
    expect(ranking.polnear.scorer).toBeGreaterThan(ranking.polnear.cue);
    expect(ranking.polnear.combined).toBeGreaterThanOrEqual(0.74);
  });

  it('ranks flagged BBC dev lines better than the cue strength alone (a corpus it was not trained on)', () => {
    expect(ranking.bbc.scorer).toBeGreaterThanOrEqual(0.95);
    expect(ranking.bbc.scorer).toBeGreaterThan(ranking.bbc.cue);
    expect(ranking.bbc.combined).toBeGreaterThanOrEqual(0.96);
  });
});
