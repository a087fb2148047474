import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans80, session 59 (review 60 R60-11, R60-7): one party's refusal of the asked figure, then another source giving
// it in the very next sentence: the figure answers. Composed copy of the shape.
const paragraphs = (...lines: string[]) => analyzeArticle(['Depot contract questions', ...lines].join('\n\n'));

describe('a figure given right after a refusal of it', () => {
  it('cites the other source’s sum after "declined to say how much"', () => {
    const a = paragraphs(
      'The transit authority signed a new cleaning contract with Brightway last month.',
      'Authority chief Maya Dunn declined to say how much the contract was worth. Papers seen by the Herald show the authority will pay Brightway $3.2 million over four years.',
      'The old contract lapsed in May after complaints about dirty stations.',
    );
    expect(answerQuestion(a, 'How much is the cleaning contract worth?').answer).toContain('$3.2 million');
  });

  it('cites a quotation giving the count after "Asked how many …, said it was being worked out"', () => {
    const a = paragraphs(
      'The district will hire new bus drivers before the autumn term, officials said.',
      'Asked how many drivers would be hired, district spokesman Tom Reyes said the figure was still being settled.',
      '"It will be about thirty," a board member, Ana Ruiz, told the Courier later.',
      'The district now employs 140 drivers, according to its annual report.',
    );
    expect(answerQuestion(a, 'How many drivers will the district hire?').answer).toContain('about thirty');
  });

  it('does not cite a next sentence with no figure (control)', () => {
    const a = paragraphs(
      'The transit authority signed a new cleaning contract with Brightway last month.',
      'Authority chief Maya Dunn declined to say how much the contract was worth. Brightway did not respond to questions.',
      'The old contract lapsed in May after complaints about dirty stations.',
    );
    expect(answerQuestion(a, 'How much is the cleaning contract worth?').answer).toBeNull();
  });
});
