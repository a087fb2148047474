import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analysisDigest } from '../../src/eval/analysis-digest';

const fake = (text: string): Analysis =>
  ({ title: text, sentences: [], quotes: [], statements: [], entities: [], summary: [], questions: [] }) as Analysis;

describe('analysisDigest', () => {
  const texts = new Map([
    ['a', 'First story'],
    ['b', 'Second story'],
  ]);

  it('gives the same digest for the same analyses, and locates a changed one', () => {
    const before = analysisDigest(texts, fake);
    expect(analysisDigest(texts, fake)).toEqual(before);
    const after = analysisDigest(texts, (t) => (t === 'Second story' ? { ...fake(t), title: 'changed' } : fake(t)));
    expect(after.digest).not.toBe(before.digest);
    expect(after.perText[0]).toBe(before.perText[0]);
    expect(after.perText[1]).not.toBe(before.perText[1]);
    expect(after.perText[1]).toMatch(/ b$/);
  });
});
