import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix56b, session 56 (audit 57 B-a57-6, -7, -10): a money question's sum belongs to the act of its clause's verb.
// Composed copy, no sentence of the audit's articles.
const cited = (text: string, question: string): string | null => {
  const analysis = analyzeArticle(text);
  const result = answerQuestion(analysis, question);
  return result.answer === null ? null : analysis.sentences.find((s) => s.id === result.sentenceIds[0])!.text;
};

const quarry = [
  'Guild weighs quarry sale',
  'The Dunmore Guild is weighing a sale of its north-shore quarry, an operation that could fetch more than $12 million, two people briefed on the talks said.',
  'The guild has hired a broker and met three possible buyers.',
  'The north quarry posted sales of $3 million last year, about a fifth of the guild total, according to its accounts.',
].join('\n\n');

const busSale = (bidder: string) =>
  [
    'Bus group up for sale',
    'The Corran Bus Group has put itself up for sale and drawn interest from two investment firms, people close to the process said.',
    bidder,
    'A second suitor could not be identified.',
  ].join('\n\n');

describe('a sum in the clause of the asked verb', () => {
  it('"how much could X fetch?" cites the sentence where X could fetch the sum, not its sales figure', () => {
    expect(cited(quarry, 'How much could the quarry fetch?')).toContain('could fetch more than $12 million');
  });

  it('"how much did the chief ask for?" cites her request, not a councillor\'s question beside another body\'s rate', () => {
    const text = [
      'Fire chief seeks more crews',
      'Fire Chief Nora Vale told the town council on Tuesday that her service could not cover the new estates.',
      'Vale asked for $80,000 to hire three firefighters from April.',
      "Councillor Joe Marsh asked whether the town could borrow engines from Ridgeford, which charges $300 a call for the fire chief's cover.",
      'That plan did not please the fire chief.',
    ].join('\n\n');
    expect(cited(text, 'How much did the fire chief ask for?')).toContain('Vale asked for $80,000');
  });

  it('a sum in a relative clause about another, past act answers no "how much is X offering?"', () => {
    const text = busSale(
      'Harlow Partners, which last year bought a rival coach operator for $40 million, declined to comment on whether it would bid.',
    );
    expect(cited(text, 'How much is Harlow Partners offering?')).toBeNull();
  });

  it('a sum the party is offering in its own relative clause still answers (control)', () => {
    const text = busSale('Harlow Partners, which is offering $55 million for the group, declined to comment.');
    expect(cited(text, 'How much is Harlow Partners offering?')).toContain('$55 million');
  });

  it('"how much would X raise?" cites the next sentence where "the change would bring in" the sum', () => {
    const text = [
      'Council split over seafront fees',
      'The borough council wants to extend its parking fees to the seafront car parks from May, a plan that has split its ruling group. Officials estimate that the change would bring in about $400,000 a year, money the council says it needs for sea defences.',
      'Traders on the promenade say the fees will keep day-trippers away.',
      'Asked whether she backed the seafront parking fees, the council leader did not answer directly.',
    ].join('\n\n');
    expect(cited(text, 'How much would the seafront parking fees raise?')).toContain('bring in about $400,000');
  });
});
