import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { quotationOpening } from '../../src/core/quotation-opening';

const ARTICLE = [
  'Senator grills bank chief',
  '',
  'Senator Ada Kerr questioned the bank chief, Olaf Lund, for three hours on Tuesday.',
  '',
  '“You should resign. You should repay the bonus you took while the fraud went on,” Kerr told Lund, after he admitted he had not been disciplined.',
  '',
  'Lund said the bank had already refunded customers.',
].join('\n');

it('an answer closing a quotation opened earlier in its paragraph is cited from the opening', () => {
  const analysis = analyzeArticle(ARTICLE);
  const result = answerQuestion(analysis, 'What did Kerr tell Lund to do?');
  expect(result.answer).toMatch(/^“You should resign\. You should repay the bonus/);
  // Control: a sentence opening its own quotation cites alone.
  const own = answerQuestion(analysis, 'What did Lund say about refunds?');
  expect(own.answer).toBe('Lund said the bank had already refunded customers.');
});

it('finds the opening only within the paragraph, for curly and straight marks', () => {
  const sentences = (texts: Array<[string, number]>) =>
    texts.map(([text, paragraph], id) => ({ id, text, start: 0, end: 0, paragraph }));
  const curly = sentences([
    ['Intro.', 0],
    ['“One.', 1],
    ['Two.', 1],
    ['Three,” she said.', 1],
  ]);
  expect(quotationOpening(curly, 3)).toEqual([1, 2]);
  const straight = sentences([
    ['"We will win.', 0],
    ['They know it," he said.', 0],
  ]);
  expect(quotationOpening(straight, 1)).toEqual([0]);
  // NYT's '' pairs and TeX's ``…'' read like straight marks.
  const nyt = sentences([
    ["''You should resign.", 0],
    ["You should repay it,'' Ms. Ruiz told Mr. Hale.", 0],
  ]);
  expect(quotationOpening(nyt, 1)).toEqual([0]);
  expect(
    quotationOpening(
      sentences([
        ['``One.', 0],
        ["Two,'' she said.", 0],
      ]),
      1,
    ),
  ).toEqual([0]);
  // Controls: the opening in another paragraph, a sentence with its own pair, straight marks that open.
  expect(
    quotationOpening(
      sentences([
        ['“One.', 0],
        ['Two,” she said.', 1],
      ]),
      1,
    ),
  ).toEqual([]);
  expect(
    quotationOpening(
      sentences([
        ['Intro.', 0],
        ['“Yes,” she said.', 0],
      ]),
      1,
    ),
  ).toEqual([]);
  expect(
    quotationOpening(
      sentences([
        ['He "paused.', 0],
        ['She said "no', 0],
      ]),
      1,
    ),
  ).toEqual([]);
});
