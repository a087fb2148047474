import { describe, expect, it } from 'vitest';
import {
  chooseOnDev,
  chooseOutOfFold,
  choosePooled,
  chooseStrictFloor,
  type DecisionSets,
  nestedOutOfFold,
} from '../../src/train/choose-speaker-thresholds';
import type { Decision } from '../../src/train/speaker-tally';
import { pairOrNone } from '../../src/train/threshold-grid';

type Verdict = 'right' | 'wrong';

/**
 * A quote the ranker decides, agreeing with the rules, named when its confidence passes: score.py's
 * verdict, then the strict one (the same unless given).
 */
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
const sure = times(20, quote('right', 1));
const sets = (dev: Decision[] = sure, fit: Decision[] = sure): DecisionSets => ({ fit, dev, bbc: sure });

describe('the out-of-fold threshold choice', () => {
  it('does not follow a single quote to a one-step window the dev choice takes', () => {
    // One wrong name at 0.5 and one right at 0.5125: only the agree threshold 0.5125 gains a quote.
    const knifeEdge = [quote('wrong', 0.5), quote('right', 0.5125)];
    expect(chooseOnDev(sets([...sure, ...knifeEdge]), 'anonymous').agree).toBe(0.5125);
    // Averaged over its neighbours that pair loses (a wrong name one step below outweighs it).
    expect(chooseOutOfFold(sets(), 'anonymous', knifeEdge).agree).toBeGreaterThan(0.5125);
  });

  it('lets dev and BBC dev only check: never a pair that breaks dev precision', () => {
    const outOfFold = [...times(30, quote('right', 0.3)), quote('wrong', 0.9)];
    // Out of fold alone, 0.3 names 30 more right for nothing.
    expect(chooseOutOfFold(sets(), 'anonymous', outOfFold).agree).toBeLessThanOrEqual(0.3);
    // A wrong dev name at 0.4 takes dev precision under 0.97 below it (20 / 21).
    const chosen = chooseOutOfFold(sets([...sure, quote('wrong', 0.4)]), 'anonymous', outOfFold);
    expect(chosen.agree).toBeGreaterThan(0.4);
  });

  it('under the floor rule, names the most right quotes that keep out-of-fold precision', () => {
    // 100 right at 0.8; 30 right and 2 wrong at 0.2 (precision 130 / 132 = 0.985): worth taking,
    // but 4 more wrong at 0.1 would take precision to 130 / 136 = 0.956, under 0.966.
    const outOfFold = [
      ...times(100, quote('right', 0.8)),
      ...times(30, quote('right', 0.2)),
      ...times(2, quote('wrong', 0.2)),
      ...times(4, quote('wrong', 0.1)),
    ];
    const chosen = chooseOutOfFold(sets(), 'anonymous', outOfFold, 'floor');
    expect(chosen.agree).toBeGreaterThan(0.1);
    expect(chosen.agree).toBeLessThanOrEqual(0.2);
  });

  it('fails loudly when no pair passes the checks, rather than naming every quote', () => {
    // A BBC dev set whose one quote is named wrong at every threshold: its accuracy is never kept.
    const broken = { ...sets(), bbc: [quote('wrong', 1)] };
    expect(() => chooseOutOfFold(broken, 'anonymous', sure)).toThrow(/no threshold pair/);
    expect(() => chooseOnDev(broken, 'anonymous')).toThrow(/no threshold pair/);
  });
});

describe('the pooled threshold choice', () => {
  it('is not moved by the one dev quote that moves the dev choice', () => {
    // The dev choice's knife edge again, now a quote pair of dev beside 200 out-of-fold quotes whose
    // right names thin out above 0.5: the pool keeps the wider pair whatever those two dev quotes say.
    const outOfFold = [...times(150, quote('right', 0.9)), ...times(50, quote('right', 0.45))];
    const knifeEdge = [quote('wrong', 0.5), quote('right', 0.5125)];
    const withEdge = choosePooled(sets([...sure, ...knifeEdge]), outOfFold);
    const without = choosePooled(sets(), outOfFold);
    expect(chooseOnDev(sets([...sure, ...knifeEdge]), 'anonymous').agree).toBe(0.5125);
    expect(withEdge.agree).toBe(without.agree);
    expect(withEdge.agree).toBeLessThanOrEqual(0.45);
  });

  it('keeps pooled precision at the target, counting dev and BBC dev with train out of fold', () => {
    // 100 right at 0.8, 20 right and 3 wrong at 0.3, 10 right and 8 wrong at 0.1; the pool also
    // holds dev's and BBC dev's 40 sure quotes.
    const outOfFold = [
      ...times(100, quote('right', 0.8)),
      ...times(20, quote('right', 0.3)),
      ...times(3, quote('wrong', 0.3)),
      ...times(10, quote('right', 0.1)),
      ...times(8, quote('wrong', 0.1)),
    ];
    const chosen = choosePooled(sets(), outOfFold);
    // At 0.3: 160 / 163 = 0.982 passes; at 0.1: 170 / 181 = 0.939 does not.
    expect(chosen.agree).toBeGreaterThan(0.1);
    expect(chosen.agree).toBeLessThanOrEqual(0.3);
  });

  it('gives no pair, for the trainer to print "none", when none passes the checks', () => {
    const broken = { ...sets(), bbc: [quote('wrong', 1)] };
    expect(pairOrNone(() => choosePooled(broken, sure))).toBeNull();
    expect(pairOrNone(() => choosePooled(sets(), sure))).not.toBeNull();
    // Any other failure is no missing pair: it still ends the run.
    expect(() =>
      pairOrNone(() => {
        throw new Error('corpus missing');
      }),
    ).toThrow(/corpus missing/);
  });

  it('measures a choice held out: each fold decided by a pair chosen without it', () => {
    // Fold 0's quotes all right at 0.2; fold 1's wrong at 0.2: a choice fitted on fold 1 refuses
    // 0.2 and so misses fold 0's, one fitted on fold 0 takes 0.2 and names fold 1's wrong.
    const folds = [times(10, quote('right', 0.2)), times(10, quote('wrong', 0.2))];
    const nested = nestedOutOfFold(folds, (o) => chooseOutOfFold(sets(), 'anonymous', o));
    expect(nested.right + nested.wrong + nested.none).toBe(20);
    expect(nested.right).toBe(0);
    expect(nested.wrong).toBe(10);
  });
});

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
    // Two wrong dev names at 0.4 take dev precision under 0.97 below it (20 / 22).
    const dev = [...sure, ...times(2, quote('wrong', 0.4))];
    expect(chooseStrictFloor(sets(dev), outOfFold).agree).toBeGreaterThan(0.4);
    // Two train names at 0.5, right by score.py and wrong strictly: strict train precision 20 / 22.
    const fit = [...sure, ...times(2, quote('right', 0.5, 'wrong'))];
    expect(chooseStrictFloor(sets(sure, fit), outOfFold).agree).toBeGreaterThan(0.5);
  });
});
