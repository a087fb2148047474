import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Session 48: "an undisclosed sum" withholds the sum, not who bought or whether the sale happened; "an undisclosed
// buyer" withholds the buyer, not the price. An unknown marker before a noun is read against the asked type
// (marked-noun-kind.ts). Invented copy: a quarry sale.
const NOT_KNOWN = 'The article reports that this is not known.';
const quarry = (sale: string) =>
  analyzeArticle(`Developer buys Carrowkeel quarry

${sale}

The quarry closed in 2019 and has stood empty since.

Neighbours have asked for the site to be made safe.
`);
const SUM = 'The Galway developer Orla Finnerty bought the quarry for an undisclosed sum, the company said.';
const BUYER = 'An undisclosed buyer bought the quarry for 3 million euros, the company said.';

it('"who bought the quarry?" is answered by the sentence keeping only the sum undisclosed', () => {
  expect(firstCited(quarry(SUM), 'Who bought the quarry?')).toBe(SUM);
});

it('"did Orla Finnerty buy the quarry?" is answered by it too: the sale happened', () => {
  expect(firstCited(quarry(SUM), 'Did Orla Finnerty buy the quarry?')).toBe(SUM);
});

it('how much was paid: the copy says the sum is not known', () => {
  expect(answerQuestion(quarry(SUM), 'How much was paid for the quarry?')).toMatchObject({
    answer: null,
    reason: NOT_KNOWN,
  });
});

it('an undisclosed buyer does not withhold the price', () => {
  expect(firstCited(quarry(BUYER), 'How much was paid for the quarry?')).toBe(BUYER);
});

it('control: an undisclosed buyer still leaves who bought it unknown', () => {
  expect(answerQuestion(quarry(BUYER), 'Who bought the quarry?')).toMatchObject({ answer: null, reason: NOT_KNOWN });
});

it('control: a marker with a wh-clause on the sum still leaves the price unknown', () => {
  const said = quarry('Orla Finnerty bought the quarry but has not said how much she paid for it.');
  expect(answerQuestion(said, 'How much did Orla Finnerty pay for the quarry?')).toMatchObject({
    answer: null,
    reason: NOT_KNOWN,
  });
});
