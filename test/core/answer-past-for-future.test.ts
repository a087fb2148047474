import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// A when-question about an act still to come ("When will…?", "When is … due to…?") was answered with a sentence
// dating only past events ("was charged … in March 2024 and resigned last week"): that dates what has happened, not
// the act asked about. Composed copy.
const story = `Pier trust fined over safety breaches

By Ana Cole

The Kelby Pier Trust was fined £20,000 by magistrates in 2023 after a railing gave way.

Its chairman, Sam Lee, was charged with neglect in March 2024 and resigned last week.

The pier reopened on Monday after a two-year repair.

The trust has promised residents a full account of the repairs.
`;
const pier = analyzeArticle(story);
const charged = 'Its chairman, Sam Lee, was charged with neglect in March 2024 and resigned last week.';

describe('a past event dates no act still to come', () => {
  it('"When will Sam Lee be sentenced?" is not answered by his charge and resignation', () => {
    const result = answerQuestion(pier, 'When will Sam Lee be sentenced?');
    expect(result).toMatchObject({
      answer: null,
      reason: 'The article reports only past events, not the one asked about.',
    });
  });

  it('"due to" + verb asks ahead too', () => {
    expect(firstCited(pier, 'When is Sam Lee due to be sentenced?')).toBe("doesn't say");
  });

  it('a where-question about the act ahead likewise', () => {
    expect(firstCited(pier, 'Where is Sam Lee going to be sentenced?')).toBe("doesn't say");
  });

  it('control: the sentence saying the asked act in the past answers (it has happened)', () => {
    expect(firstCited(pier, 'When will the pier reopen?')).toBe('The pier reopened on Monday after a two-year repair.');
  });

  it('control: a question about the past is still answered by the past event', () => {
    expect(firstCited(pier, 'When was Sam Lee charged?')).toBe(charged);
  });

  it('control: a sentence looking ahead still answers the future question', () => {
    const ahead = analyzeArticle(
      story.replace('The pier reopened', 'Sam Lee is expected to be sentenced on 3 June.\n\nThe pier reopened'),
    );
    expect(firstCited(ahead, 'When will Sam Lee be sentenced?')).toBe('Sam Lee is expected to be sentenced on 3 June.');
  });
});
