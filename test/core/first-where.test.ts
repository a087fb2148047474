import { describe, expect, it } from 'vitest';
import { firstWhere } from '../../src/core/first-where';

const ranked = [
  { index: 4, share: 1 },
  { index: 9, share: 0.6 },
  { index: 2, share: 0.8 },
  { index: 7, share: 0.3 },
];

describe('firstWhere', () => {
  it('moves the best-ranked sentence the pick accepts to the front and keeps the rest in order', () => {
    expect(firstWhere(ranked, (r) => r.index % 2 === 0 && r.share < 1).map((r) => r.index)).toEqual([2, 4, 9, 7]);
  });

  it('hands back the ranking itself when no pick accepts a sentence', () => {
    expect(firstWhere(ranked, (r) => r.share > 1)).toBe(ranked);
  });

  it('tries a later pick only when the one before accepts none', () => {
    const order = (picks: ((r: (typeof ranked)[number]) => boolean)[]) =>
      firstWhere(ranked, ...picks).map((r) => r.index);
    expect(order([(r) => r.index === 7, (r) => r.index === 9])).toEqual([7, 4, 9, 2]);
    expect(order([(r) => r.index === 5, (r) => r.index === 9])).toEqual([9, 4, 2, 7]);
  });

  it('gives the pick each sentence’s rank, so a window of ranks can be asked', () => {
    expect(firstWhere(ranked, (r, at) => at >= 2 && r.share > 0).map((r) => r.index)).toEqual([2, 4, 9, 7]);
    expect(firstWhere(ranked, (r, at) => at >= 1 && at < 3 && r.share < 0.5)).toBe(ranked);
  });
});
