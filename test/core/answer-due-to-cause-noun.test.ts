import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { saysCause } from '../../src/core/lacks-filler';
import { maskScheduledDueTo } from '../../src/core/mask-scheduled-due-to';

// Issue 12 (review B-ans50-3): after "is due to" a word that is also a verb was read as a schedule even when a
// noun's preposition and a noun phrase follow it ("is due to demand for new buses"). Which "<word> <preposition>"
// pairs are nouns is read from the corpus (build-verb-bases.ts). Composed copy: a British and a US story.
const water = analyzeArticle(`Water bills to go up in April

Household water bills in the county will go up by 6% from April, the supplier said on Monday.

The increase is due to demand for new reservoirs and higher energy prices, a spokesman said.

Union members are due to vote for industrial action in a ballot that closes on Friday.
`);

const transit = analyzeArticle(`Metro fares climb again

ALBANY — Bus and subway fares will climb 25 cents in July, the transit authority said Wednesday.

The rise is due to an increase in fuel prices, officials said.

The board is due to meet again next month.
`);

const firstCited = (analysis: Analysis, question: string): string => {
  const id = answerQuestion(analysis, question).sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? '';
};

describe('"is due to <noun> <preposition> …" is a cause', () => {
  it('cites the cause for a why-question, not the restated premise (British copy)', () => {
    expect(firstCited(water, 'why will water bills go up?')).toContain('due to demand for new reservoirs');
  });

  it('controls: a schedule verb before a preposition stays a schedule', () => {
    expect(firstCited(water, 'when will union members vote?')).toContain('are due to vote');
    expect(firstCited(transit, 'why will fares climb?')).toContain('due to an increase in fuel prices');
    expect(firstCited(transit, 'when will the board meet?')).toContain('due to meet again');
  });

  it('reads the pair the corpus uses as a noun, then a noun phrase, as a cause', () => {
    for (const cause of [
      'The increase is due to demand for new trains and higher wages.',
      'The delay was due to concern about the roof and demand for seats.',
      'The fall is due to a rise in costs.',
    ])
      expect(saysCause(cause)).toBe(true);
    expect(maskScheduledDueTo('The rise is due to demand for extra crossings.')).toContain('due to demand');
  });

  it('controls: a verb and its preposition, or a date after the preposition, is a schedule', () => {
    for (const schedule of [
      'Members are due to vote for industrial action.',
      'Fares are due to rise in January.',
      'The panel is due to report by the end of the month.',
      'Prices are due to rise in the spring.',
      'Talks are due to resume on Thursday.',
    ])
      expect(maskScheduledDueTo(schedule)).not.toMatch(/due to/);
  });

  it('controls (review B-ans52-1): a person or a thing due to a verb and its preposition is scheduled', () => {
    for (const schedule of [
      'Tenants are due to march in the high street on Saturday.',
      'Bus fares are due to rise in line with wages.',
      'The inspectors are due to report in three weeks.',
      'Surveyors are due to check for cracks in the bridge.',
      'Councillors are due to plan for a bigger budget.',
    ])
      expect(maskScheduledDueTo(schedule)).not.toMatch(/due to/);
  });

  it('reads 100,000 characters of repeated cues with a bounded look back at each subject', () => {
    expect(saysCause('The increase is due to demand for more. '.repeat(2500))).toBe(true);
    expect(saysCause('Fares are due to rise in line with it. '.repeat(2600))).toBe(false);
  });
});
