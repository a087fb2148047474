import { describe, expect, it } from 'vitest';
import { chooseOutOfFold, chooseStrictFloor, type DecisionSets } from '../../src/train/choose-speaker-thresholds';
import type { Decision } from '../../src/train/speaker-tally';

type Verdict = 'right' | 'wrong';

/** A quote the ranker decides, agreeing with the rules: score.py's verdict, then the strict one. */
const quote = (name: Verdict, confidence: number, strict: Verdict = name): Decision => ({
  chain: false,
  name,
  strict,
  speaker: 'Ann Lee',
  best: 'Ann Lee',
  confidence,
  agrees: true,
  unnamed: false,
  shape: null,
});
const times = (n: number, d: Decision): Decision[] => Array.from({ length: n }, () => d);

/** Sets whose every quote is named right at any threshold: they check nothing. */
const sure = times(40, quote('right', 1));
const sets = (over: Partial<DecisionSets> = {}): DecisionSets => ({ fit: sure, dev: sure, bbc: sure, ...over });

describe('the strict-floor threshold choice', () => {
  it('names the most right quotes that keep strict out-of-fold precision at the floor', () => {
    // 100 right at 0.8; 60 right and 1 wrong at 0.3 (161 named, 0.994): worth taking; 5 more wrong
    // at 0.1 would take precision to 160 / 166 = 0.964, under 0.968.
    const outOfFold = [
      ...times(100, quote('right', 0.8)),
      ...times(60, quote('right', 0.3)),
      quote('wrong', 0.3),
      ...times(5, quote('wrong', 0.1)),
    ];
    const chosen = chooseStrictFloor(sets(), outOfFold);
    expect(chosen.agree).toBeGreaterThan(0.1);
    expect(chosen.agree).toBeLessThanOrEqual(0.3);
  });

  it("reads the strict judge, where score.py's floor rule would take an aide's words as the principal's", () => {
    // 20 names at 0.3 right by score.py but wrong strictly (the principal for an aide's words).
    const outOfFold = [...times(100, quote('right', 0.8)), ...times(20, quote('right', 0.3, 'wrong'))];
    expect(chooseOutOfFold(sets(), 'anonymous', outOfFold, 'floor').agree).toBeLessThanOrEqual(0.3);
    expect(chooseStrictFloor(sets(), outOfFold).agree).toBeGreaterThan(0.3);
  });

  it('lets dev and strict train precision only check', () => {
    const outOfFold = [...times(100, quote('right', 0.8)), ...times(60, quote('right', 0.3))];
    expect(chooseStrictFloor(sets(), outOfFold).agree).toBeLessThanOrEqual(0.3);
    // Two wrong dev names at 0.4 take dev precision under 0.97 below it (40 / 42).
    const dev = [...sure, ...times(2, quote('wrong', 0.4))];
    expect(chooseStrictFloor(sets({ dev }), outOfFold).agree).toBeGreaterThan(0.4);
    // Two train names at 0.5, right by score.py and wrong strictly: strict train precision 40 / 42.
    const fit = [...sure, ...times(2, quote('right', 0.5, 'wrong'))];
    expect(chooseStrictFloor(sets({ fit }), outOfFold).agree).toBeGreaterThan(0.5);
  });
});
