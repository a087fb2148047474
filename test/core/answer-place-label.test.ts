import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Audit52 B-a52-7: a newsletter's label before a colon ("SPOTTED: …") is a heading, not the line's clause: "where was
// Ines spotted?" is answered by the place in the line it labels, not declined as another act's place. Invented copy.
const story = (label: string) =>
  analyzeArticle(
    [
      'Harbour bill heads for a vote',
      'Council leaders believe they have the votes for the harbour levy, per a person familiar with the count.',
      `${label} Councillor Ines Marlow and Mayor Orrin Bayliss at the Gull and Anchor on Quay Street on Friday night, deep in talk over chips.`,
      'The full council is expected to vote next week.',
    ].join('\n\n'),
  );

describe('a where-question over a labelled line', () => {
  it('answers from the line a capitalised label heads', () => {
    expect(firstCited(story('SPOTTED:'), 'Where was Ines Marlow spotted?')).toContain('Gull and Anchor');
  });

  it('answers with the label in markdown emphasis', () => {
    expect(firstCited(story('**Spotted:**'), 'Where was Ines Marlow spotted?')).toContain('Gull and Anchor');
  });

  it('control: a verb the label does not hold answers on both', () => {
    expect(firstCited(story('SPOTTED:'), 'Where was Ines Marlow seen?')).toContain('Gull and Anchor');
  });
});
