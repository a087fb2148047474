import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakerOf = (title: string, paragraphs: string[], opening: string) =>
  analyzeArticle(paragraphs.join('\n\n'), { title }).quotes.find((q) => q.text.startsWith(opening))?.speaker;

/**
 * Issue 11: the speaker ranker may veto a pronoun's speaker when it is confident of someone else, but not for a rival
 * the pronoun cannot name: the "he" the rules gave a man is no woman's the copy names beside him.
 */
describe('a pronoun chain is not vetoed by a rival of the other gender', () => {
  it('US style: "he said" after a paragraph naming him and, as an object, his female rival', () => {
    const speaker = speakerOf(
      'Candidates face voters',
      [
        'Candidates Maria Quistbury and Tom Eldritch made their cases to voters in Concord on Wednesday.',
        'Eldritch went first at the town hall, predicting a closer race despite his lead in polls over Quistbury.',
        '"We have come a long way in the last nine months," he said, noting that he had once trailed Quistbury by 50 points.',
      ],
      'We have come',
    );
    expect(speaker).toBe('Tom Eldritch');
  });

  it('control: the same "he said" after him alone keeps him', () => {
    const speaker = speakerOf(
      'Candidate meets voters',
      [
        'Tom Eldritch made his case to voters in Concord on Wednesday.',
        'Eldritch went first at the town hall, predicting a closer race.',
        '"We have come a long way in the last nine months," he said.',
      ],
      'We have come',
    );
    expect(speaker).toBe('Tom Eldritch');
  });
});
