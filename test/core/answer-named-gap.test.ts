import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Session 60 (audit 60's B-a60-22): when the copy names the gap ("What our register cannot tell us is how many …"),
// the "doesn't say" reply points at that sentence, not at another sentence holding some count.
const allotments = (gap: string) =>
  analyzeArticle(
    [
      'Why town allotments are lying empty',
      'Over ten years, one in five allotment plots in the borough has fallen out of use, our survey found.',
      'Two changes explain most of it.',
      'The first is the rent rise of 2020, which charged 40 pounds a plot instead of 25.',
      'The second is the loss of the Millfield site, which left 60 plots without water.',
      gap,
      'The council register does not record that.',
    ].join('\n\n'),
  );
const sentence = (a: ReturnType<typeof analyzeArticle>, id: number | undefined) =>
  a.sentences.find((s) => s.id === id)?.text;

describe('a "doesn\'t say" reply cites the sentence naming the gap', () => {
  it('reads a pseudo-cleft gap sentence with a phrasal verb in its clause', () => {
    const a = allotments('What our survey cannot tell us is how many tenants simply gave up gardening altogether.');
    const result = answerQuestion(a, 'How many tenants gave up gardening?');
    expect(result.answer).toBeNull();
    expect(sentence(a, result.answer === null ? result.nearestId : undefined)).toMatch(
      /^What our survey cannot tell us/,
    );
  });

  it('reads the plain gap sentence the same way', () => {
    const a = allotments('Our survey cannot tell how many tenants simply gave up gardening altogether.');
    const result = answerQuestion(a, 'How many tenants gave up gardening?');
    expect(result.answer).toBeNull();
    expect(sentence(a, result.answer === null ? result.nearestId : undefined)).toMatch(/^Our survey cannot tell/);
  });
});
