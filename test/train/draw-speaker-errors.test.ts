import { describe, expect, it } from 'vitest';
import { drawSpeakerErrors } from '../../src/train/draw-speaker-errors';

describe('the seeded draw of speaker errors', () => {
  it('draws the same rows for the same seed, distinct and in range', () => {
    const a = drawSpeakerErrors(390, 60, 1716);
    expect(drawSpeakerErrors(390, 60, 1716)).toEqual(a);
    expect(new Set(a).size).toBe(60);
    expect(a.every((i) => i >= 0 && i < 390)).toBe(true);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
  });

  it('keeps the draw docs/evaluation.md read (sixteenth round: 60 of 390, seed 1716)', () => {
    expect(drawSpeakerErrors(390, 60, 1716).slice(0, 6)).toEqual([0, 8, 14, 22, 30, 32]);
  });

  it('draws other rows for another seed, and every row when asked for more than there are', () => {
    expect(drawSpeakerErrors(390, 60, 1717)).not.toEqual(drawSpeakerErrors(390, 60, 1716));
    expect(drawSpeakerErrors(5, 60, 1716)).toEqual([0, 1, 2, 3, 4]);
  });
});
