import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerAskedPerson } from '../../src/core/answer-asked-person';

/**
 * "will the Supreme Court hear the case?" asks about a body, not a person: no sentence is marked as the asked
 * person's own words or as another speaker's words without them (review s35, B-ans48-2). Copy written for the test.
 */

const US = analyzeArticle(
  [
    'Ferry operator takes fare dispute to appeal',
    '',
    'The harbor ferry operator said on Monday that its fight over fares could reach the Supreme Court.',
    '"We will see the city in court," said Dana Whitlock, the operator\'s chief executive.',
    'Council leader Tom Reyes said the fares were "fair and lawful."',
  ].join('\n'),
);

const BRITISH = analyzeArticle(
  [
    'Council takes parking row to tribunal',
    '',
    'Mr Okafor, the borough’s finance chief, said the charges were "entirely lawful".',
    'The High Court will hear the challenge in June, the council said.',
    '"We expect to win," said Ms Lowe, who leads the residents’ group.',
  ].join('\n'),
);

describe('a body asked after "the" is no person asked (review s35 B-ans48-2)', () => {
  it.each([
    ['US copy', 'will the Supreme Court hear the case?', US],
    ['British copy', 'when will the High Court rule?', BRITISH],
  ] as const)('%s: "%s" marks no sentence', (_style, question, analysis) => {
    expect(answerAskedPerson(analysis, question)).toEqual(analysis.sentences.map(() => 0));
  });
});

describe('controls (pass before and after)', () => {
  it('a person asked by name still marks their own words', () => {
    const marks = answerAskedPerson(US, 'what did Whitlock say?');
    const own = US.sentences.findIndex((s) => s.text.includes('Whitlock'));
    expect(marks[own]).toBe(1);
  });

  it("a name after 'the' that the article's people hold still marks their own words", () => {
    const marks = answerAskedPerson(BRITISH, 'what did the Okafor family say?');
    const own = BRITISH.sentences.findIndex((s) => s.text.includes('Okafor'));
    expect(marks[own]).toBe(1);
  });
});
