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
    ).toEqual(['A senior Okonkwo aide']);
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
