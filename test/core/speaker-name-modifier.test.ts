import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`County politics in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 37 (sp49, after sp48's measured reader): a name that modifies the speaking noun is not the speaker. */
describe('a name modifying the noun that speaks', () => {
  it.each([
    // NYT style: "One <Name> spokesman".
    ['Ms. Varga has not commented.\n\nOne Varga spokesman called the decision "a betrayal of the town."', 'Varga'],
    // Wire style: "the <Name> campaign" calling for a phrase (the span may go unreported; never as Okonkwo's).
    [
      'Tom Okonkwo toured the plant on Friday.\n\nLast week, the Okonkwo campaign also called on the agency to conduct an "urgent review" of the plant.',
      'Okonkwo',
    ],
  ])('names someone else or no one: %s', (body, name) => {
    const speakers = quoteSpeakers(body);
    expect(speakers.length).toBeLessThanOrEqual(1);
    expect(speakers.join(' ')).not.toMatch(new RegExp(name));
  });

  it('leaves the speaking noun phrase the speaker (control)', () => {
    expect(
      quoteSpeakers(
        'Tom Okonkwo toured the plant on Friday.\n\nA senior Okonkwo aide said the closure was "a disgrace".',
      ),
    ).toEqual(['a senior Okonkwo aide']);
  });

  it('keeps the name when the copy names the person again before the words (control)', () => {
    expect(quoteSpeakers('At a Varga rally on Monday, Ms. Varga said the town was "ready for change."')).toEqual([
      'Varga',
    ]);
  });

  it('leaves a title before a name to the titled reading (control)', () => {
    expect(quoteSpeakers('Varga spokesman Paul Irwin said the council had been "misled from the start."')).toEqual([
      'Paul Irwin',
    ]);
  });
});

/** Session 38 (review B-r38-11): the article word of a speaking noun phrase is lower case mid-line. */
describe('the article opening a speaker noun phrase', () => {
  it.each([
    [
      'Ms. Varga launched her campaign.\n\nA Varga spokesman later said the freeze would be "paid for by cuts".',
      'a Varga spokesman',
    ],
    [
      'Ms. Varga launched her campaign.\n\nAn aide to Ms. Varga later said the plan was "fully costed".',
      'an aide to Ms. Varga',
    ],
  ])('is printed lower case: %s', (body, name) => {
    expect(quoteSpeakers(body)).toEqual([name]);
  });

  it('lowers "The" as before (control)', () => {
    expect(
      quoteSpeakers('Floods hit the valley.\n\nThe Environment Agency said the river was "higher than in 2007".'),
    ).toEqual(['the Environment Agency']);
  });
});
