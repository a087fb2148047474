import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "What time did the plane lose contact?" was answered with "…, the airline said Thursday.": a weekday or a date
// answers "when", but "what time" asks for a time of day, which the sentence does not give. Composed copy.
const story = `Lifeboat station gala this weekend

By Ana Cole

The lifeboat station's gala dinner will be held on Saturday at Kelby town hall, its organisers said.

Tickets cost £25 and the money will go towards a new engine for the station's inshore boat.
`;
const gala = analyzeArticle(story);
const saturday = "The lifeboat station's gala dinner will be held on Saturday at Kelby town hall, its organisers said.";

describe('"what time" asks for a time of day', () => {
  it('"What time does the gala dinner start?" is not answered by the weekday alone', () => {
    expect(firstCited(gala, 'What time does the gala dinner start?')).toBe("doesn't say");
  });

  it('control: "when" is still answered by the weekday', () => {
    expect(firstCited(gala, 'When is the gala dinner?')).toBe(saturday);
  });

  it('control: a clock time answers "what time"', () => {
    const timed = analyzeArticle(story.replace('on Saturday at', 'at 7.30pm on Saturday at'));
    expect(firstCited(timed, 'What time does the gala dinner start?')).toBe(
      saturday.replace('on Saturday at', 'at 7.30pm on Saturday at'),
    );
  });
});
