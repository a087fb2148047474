import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import type { PhraseContext } from '../../src/core/phrase-question';
import { planQuestion } from '../../src/core/plan-questions';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { cutClause } from '../../src/core/question-clauses';
import { visibleText } from '../../src/core/visible-text';
import { questionInputOf } from '../support/question-input-of';

/**
 * The shapes hand-read sample 17 found (docs/hand-read-questions.md, "Classes sample 17 shows", engine 37), each in
 * copy written for the test: a "Will …, and when?" only over a whole subject and a clause with no verb of its own,
 * a place's capital kept at a claim's start, and a name read through the invisible characters inside it.
 */

function context(text: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set() };
}

describe('"Will …, and when?" wraps only a whole subject and a clause without its own finite verb (#33)', () => {
  it.each([
    'The latest plan to move the ferry depot to the north quay is a classic long shot.',
    'A council plan to sell the old pier was dropped in March after a public outcry.',
    'Their new pledges to cut fares on the night crossing were broken within a year.',
  ])('refuses: %s', (sentence) => {
    expect(planQuestion(context(sentence))).toBeNull();
  });

  it.each([
    [
      'The harbour trust plans to sell the old pier to a developer.',
      'Will the harbour trust sell the old pier to a developer, and when?',
    ],
    [
      'The harbour trust plans to make sure the night ferry is safe before winter.',
      'Will the harbour trust make sure the night ferry is safe before winter, and when?',
    ],
    [
      'The crews vowed to strike until the depot stays open.',
      'Will the crews strike until the depot stays open, and when?',
    ],
    // A plan that is the subject's head is asked with the sentence's own modal, its second clause cut.
    [
      'His long shot plan to win the seat would require a second ballot in the spring.',
      'Will his long shot plan to win the seat require a second ballot in the spring?',
    ],
    [
      'His long shot plan to win the seat would require a second ballot, and that’s the easy part.',
      'Will his long shot plan to win the seat require a second ballot?',
    ],
  ])('asks of a whole subject with its own verb: %s', (sentence, question) => {
    expect(planQuestion(context(sentence))).toBe(question);
  });

  it('ends a clause where a second one on what came before opens', () => {
    expect(cutClause('require a vote of the board, and that’s the easy part')).toBe('require a vote of the board');
    expect(cutClause('require a vote of the board, and that is the easy part')).toBe('require a vote of the board');
    expect(cutClause('close the pier and that part of the quay')).toBe('close the pier and that part of the quay');
  });

  it('never takes "None of the three laid out a" for a subject', () => {
    expect(planQuestion(context('None of the three laid out a plan to more quickly rebuild the pier.'))).toBeNull();
  });
});

describe('a place the name finder reads keeps its capital at the start of a claim (#2)', () => {
  const texts = [
    'Lisbon did not complain when the port spending helped trade across the region, a Chinese official said.',
    'The port authority raised fares twice last year.',
  ];

  it('with the place among the entities', () => {
    const item = prepareQuestions(questionInputOf(texts, [{ name: 'Lisbon', type: 'place' }])).item(0).text;
    expect(item).toContain('say Lisbon did not complain');
  });

  it('a common word opening the same frame is still lowered', () => {
    const item = prepareQuestions(
      questionInputOf([
        'Ministers did not complain when the port spending helped trade, a Chinese official said.',
        'Most ministers stayed away.',
      ]),
    ).item(0).text;
    expect(item).toContain('say ministers did not complain');
  });

  it('over a whole article, read by the gazetteer', () => {
    const analysis = analyzeArticle(
      'Port row deepens\n\nBeijing did not complain when the port spending helped trade across the region, a Chinese official said.\n\nThe port authority raised fares twice last year.\n',
    );
    const asked = analysis.questions.map((q) => q.text).join('\n');
    expect(asked).toContain('Beijing did not complain');
    expect(asked).not.toContain('beijing');
  });
});

describe('invisible format characters inside words are read through, offsets kept (#31)', () => {
  const article = [
    'Ferry fares row deepens',
    '',
    'Mayor Jane Holt said the fares would stay.',
    '',
    '“We will consider options once we have information,” Doug \u00adAndres, a spokesman for Mayor Jane Holt, said on Monday.',
    '',
    'The har\u00adbour trust met on Tues\u200bday in the \u2060old\ufeff depot.',
    '',
  ].join('\n');

  it('credits the quote to the name with a soft hyphen in it', () => {
    const analysis = analyzeArticle(article);
    expect(analysis.quotes.find((q) => q.text.startsWith('We will'))?.speaker).toBe('Doug Andres');
  });

  it("sentence offsets still point into the input, around the characters' own", () => {
    const analysis = analyzeArticle(article);
    for (const s of analysis.sentences)
      expect(article.slice(s.start, s.end).replace(/[\u00ad\u200b\u2060\ufeff]/g, '')).toBe(s.text);
    expect(analysis.sentences.at(-1)?.text).toBe('The harbour trust met on Tuesday in the old depot.');
  });

  it('maps a start and an end back past the removed characters', () => {
    const visible = visibleText('ab\u00adcd');
    expect(visible.text).toBe('abcd');
    expect(visible.original(2)).toBe(3);
    expect(visible.original(2, true)).toBe(2);
    expect(visible.original(4, true)).toBe(5);
    expect(visibleText('plain').original(3)).toBe(3);
  });
});
