import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour budget in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'The harbour board approved a budget of £4m on Tuesday.\n\n';

/**
 * Session 50 (sp63): a tag phrase of more than eight words is a clause the tag reader ran into, not a description
 * (description-shape.ts), but a name inside it counts as one part: "the former chief policy adviser to Mayor Tom
 * Hale" is seven parts, as "the former chief policy adviser to the mayor" is, and was credited to no one.
 */
describe('a description holding a name counts the name as one part', () => {
  it('credits the description and the quotation running on from it', () => {
    expect(
      quoteSpeakers(
        `${lead}"The plan has gone the wrong way," said the former chief policy adviser to Mayor Tom Hale. "If it fails, we will say so."`,
      ),
    ).toEqual([
      'the former chief policy adviser to Mayor Tom Hale',
      'the former chief policy adviser to Mayor Tom Hale',
    ]);
  });

  it('control: a description of eight words or fewer was read before', () => {
    expect(quoteSpeakers(`${lead}"Nobody asked us," said the former adviser to Mayor Tom Hale.`)).toEqual([
      'the former adviser to Mayor Tom Hale',
    ]);
  });

  it('control: a long phrase of lower-case words is still no one', () => {
    expect(
      quoteSpeakers(`${lead}"Nobody asked us," said the three former members of the old harbour board in the city.`),
    ).toEqual([null]);
  });
});
