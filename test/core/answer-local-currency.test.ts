import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { currencyMoney } from '../../src/core/currency-money';
import { carriesAnswerType } from '../../src/core/question-type';

// Audit 51 (B-a51-3, -13a): sums in a newsroom's own currency and a share of a group ("a third of") are answers of
// the asked type, not "the article doesn't say". Composed copy.
const bridge = analyzeArticle(
  [
    'State awards Okemi bridge contract',
    'The Okemi State government on Tuesday awarded the contract for the Ilaro river bridge to Dunmore Works Ltd.',
    'The Commissioner for Works, Tunde Afolabi-Reis, said the bridge, worth N6.3 billion, would carry four lanes.',
    'Traders in Ilaro said only a third of the shops near the old crossing had stayed open since the floods.',
  ].join('\n\n'),
);

describe('answers typed by a local currency and a share', () => {
  it('answers how much from a sum in naira', () => {
    expect(answerQuestion(bridge, 'How much is the bridge contract worth?').answer).toContain('N6.3 billion');
  });

  it('answers how many from "a third of the shops"', () => {
    expect(answerQuestion(bridge, 'How many shops near the old crossing stayed open?').answer).toContain(
      'a third of the shops',
    );
  });

  it('still says the article does not say what it does not (control)', () => {
    expect(answerQuestion(bridge, 'How much did the old crossing cost?').answer).toBeNull();
  });
});

describe('currencyMoney', () => {
  it('reads currencies from ICU names and signs, scaled house-style prefixes', () => {
    for (const text of ['worth R42 million', 'a ₦2.8bn loan', '40 million naira', '2,000 rand', 'KES 3.5 billion'])
      expect(currencyMoney(text), text).toBe(true);
  });

  it('leaves roads, motorways, "the 50 mark", "won", a dram, lower-case codes and an unscaled code alone (controls; review 51, B-r51-3)', () => {
    for (const text of [
      'took the R103 north',
      'the M25 motorway',
      'passed the 50 mark',
      'Republicans 3 won',
      'all 3 million',
      'a 2 dram tasting',
      'PHP 8.2',
    ])
      expect(currencyMoney(text), text).toBe(false);
  });
});

describe('carriesAnswerType: shares', () => {
  it('reads "a quarter of" as a count', () => {
    expect(carriesAnswerType('count', 'Only a quarter of borrowers would notice.', new Set())).toBe(true);
  });

  it('leaves an ordinal and a share of one thing alone (controls; review 51, B-r51-7)', () => {
    expect(carriesAnswerType('count', 'She won for the third time.', new Set())).toBe(false);
    expect(carriesAnswerType('count', 'He waited a quarter of an hour.', new Set())).toBe(false);
    expect(carriesAnswerType('count', 'It came a third of the way through the match.', new Set())).toBe(false);
  });
});
