import { describe, expect, it } from 'vitest';
import { fitLogistic, type LogisticRow } from '../../src/train/fit-logistic';

// Feature 0 is the bias; feature 1 predicts the label, feature 2 is noise.
const rows: LogisticRow[] = Array.from({ length: 200 }, (_, i) => {
  const signal = i % 4 === 0 ? 0 : 1;
  const flip = i % 10 === 3;
  return { features: [1, signal, (i * 7) % 5 === 0 ? 1 : 0], label: flip ? signal === 0 : signal === 1 };
});

describe('fitLogistic', () => {
  it('weighs the feature that predicts the label above the noise', () => {
    const [, signal, noise] = fitLogistic(rows, 1);
    expect(signal).toBeGreaterThan(2);
    expect(Math.abs(noise!)).toBeLessThan(signal! / 2);
  });

  it('is deterministic and honours row weights', () => {
    expect(fitLogistic(rows, 1)).toEqual(fitLogistic(rows, 1));
    const positivesHeavier = rows.map((r) => ({ ...r, weight: r.label ? 3 : 1 }));
    expect(fitLogistic(positivesHeavier, 1)[0]!).toBeGreaterThan(fitLogistic(rows, 1)[0]!);
  });
});
