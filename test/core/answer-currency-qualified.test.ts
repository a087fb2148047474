import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { currencyMoney } from '../../src/core/currency-money';

// Audit 62 (B-a62-13): a sum in a currency named with its country's adjective ("142 Turkish liras", "35 Nepali
// rupees"), in a regular plural ICU does not give, or glued to a two- or three-letter sign ("VNĐ10,000") is a price.
// Composed copy.
const prices = analyzeArticle(
  [
    'Market prices climb across the region',
    'A sack of flour now sells for 412 Turkish liras in Izmir, up from 290 liras in March, the millers association said.',
    'In Pokhara, a bus ticket to the lakeside costs 45 Nepali rupees, drivers said.',
    'In Da Nang, a plate of rice noodles costs VNĐ12,000 more than it did last summer, stall holders said.',
    'Stall holders said they expected prices to keep rising through the winter.',
  ].join('\n\n'),
);

describe('sums in a qualified or glued local currency', () => {
  it('reads a figure, a country adjective and a currency name as money', () => {
    expect(currencyMoney('sells for 412 Turkish liras in Izmir')).toBe(true);
    expect(currencyMoney('costs 45 Nepali rupees')).toBe(true);
    expect(currencyMoney('paid 500 Hong Kong dollars')).toBe(true);
    expect(currencyMoney('up from 290 liras')).toBe(true);
  });

  it('reads a two- or three-letter sign glued to a figure in thousands as money', () => {
    expect(currencyMoney('costs VNĐ12,000 more')).toBe(true);
    expect(currencyMoney('costs VNĐ12,000, up')).toBe(true);
  });

  it('leaves model numbers, flights and capitalised words before a plain noun alone (control)', () => {
    expect(currencyMoney('the A380 landed')).toBe(false);
    expect(currencyMoney('flight MH17 was lost')).toBe(false);
    expect(currencyMoney('a crowd of A1,000')).toBe(false);
    expect(currencyMoney('some 40 Turkish families')).toBe(false);
    expect(currencyMoney('the 2 Rand Street shops')).toBe(false);
  });

  it('answers how much from the qualified sums', () => {
    expect(answerQuestion(prices, 'How much does a sack of flour cost?').answer).toContain('412 Turkish liras');
    expect(answerQuestion(prices, 'How much does a bus ticket to the lakeside cost?').answer).toContain(
      '45 Nepali rupees',
    );
    expect(answerQuestion(prices, 'How much more does a plate of rice noodles cost?').answer).toContain('VNĐ12,000');
  });

  it('still declines a price the copy does not give (control)', () => {
    expect(answerQuestion(prices, 'How much does a litre of milk cost?').answer).toBeNull();
  });
});
