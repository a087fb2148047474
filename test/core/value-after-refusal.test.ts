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
  // Review 61's R61-1: the next sentence's figure must be the asked thing's, not another quantity's.
  it('does not cite another sum owned by another noun ("revenue of …") (control)', () => {
    const a = paragraphs(
      'The transit authority signed a new cleaning contract with Brightway last month.',
      'Authority chief Maya Dunn declined to say how much the contract was worth. Brightway reported sales of $18 million last year, its filings show.',
      'The old contract lapsed in May after complaints about dirty stations.',
    );
    expect(answerQuestion(a, 'How much is the cleaning contract worth?').answer ?? '').not.toContain('$18 million');
  });

  it('does not cite a count of other things after a refused count (control)', () => {
    const a = paragraphs(
      'The district will hire new bus drivers before the autumn term, officials said.',
      'Asked how many drivers would be hired, district spokesman Tom Reyes said the figure was still being settled.',
      'Nine buses were taken off the road in 2021 after safety checks, records show.',
    );
    expect(answerQuestion(a, 'How many drivers will the district hire?').answer ?? '').not.toContain('Nine buses');
  });

  it('does not cite a counted figure of another noun after "would not disclose how many" (control)', () => {
    const a = paragraphs(
      'The ombudsman has criticised the water company over leaks.',
      'The ombudsman would not disclose how many appeals it had upheld. More than 4,500 homes lost supply in June, the company’s own figures show.',
    );
    expect(answerQuestion(a, 'How many appeals did the ombudsman uphold?').answer ?? '').not.toContain('4,500');
  });
});
