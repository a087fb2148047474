import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review 55 B-r55-3/-4/-5: the lawsuit and request families flagged "will appeal to young families" (to attract), "called
// on Tuesday to say…" (a call made on a day) and "filed an appeal in 2019 that was settled" (closed in its own
// sentence) as pending. Composed copy; each shape with a near-miss control that must still be flagged.
function pendingOf(sentence: string): string[] {
  return analyzeArticle(`Harbour news in brief\n\nThe board met on Tuesday. ${sentence}`)
    .questions.filter((q) => q.kind === 'pending')
    .map((q) => q.text);
}

describe('chase cues that are no pending act', () => {
  it.each([
    'Councillor Rosa Pike unveiled a marina plan on Friday that she said will appeal to young sailors.',
    'Pike called on Thursday to say the first berths would be ready by summer.',
    'Pike called on 4 March to say the berths were ready.',
    'The chandlery filed a licensing appeal in 2018 that was dismissed the same year.',
    'The tenants filed a lawsuit against the harbour board, which they later dropped.',
  ])('%s', (sentence) => {
    expect(pendingOf(sentence)).toEqual([]);
  });
});

describe('controls: the same cues still flag a pending act', () => {
  it.each([
    'The chandlery will appeal to the high court against the licensing ruling.',
    'The chandlery said it will appeal the licensing ruling.',
    'Residents called on the harbour board to reopen the slipway.',
    'The chandlery filed a licensing appeal in March against the harbour board.',
  ])('%s', (sentence) => {
    expect(pendingOf(sentence).length).toBeGreaterThan(0);
  });
});
