import { describe, expect, it } from 'vitest';
import { nextParagraph } from '../../src/core/next-paragraph';

// tidy49 (session 49): one reading of "the paragraph after this one" for the interviewer's turn, the question it asks
// and the reply the answer cites (interviewer-turn.ts, asks-nothing.ts, answer-turn.ts).
const para = (...paragraphs: number[]) => paragraphs.map((paragraph) => ({ paragraph }));

describe('nextParagraph', () => {
  it('skips the rest of the sentence’s own paragraph', () => {
    expect(nextParagraph(para(0, 1, 1, 1, 2), 1)).toBe(4);
    expect(nextParagraph(para(0, 1, 1, 1, 2), 3)).toBe(4);
  });

  it('is the next sentence when the paragraph is one sentence', () => {
    expect(nextParagraph(para(0, 1, 2), 0)).toBe(1);
  });

  it('is past the end in the last paragraph', () => {
    expect(nextParagraph(para(0, 1, 1), 1)).toBe(3);
  });
});
