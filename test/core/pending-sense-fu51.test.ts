import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cuelessPending } from '../../src/core/cueless-pending';
import { findOpenQuestions } from '../../src/core/find-open-questions';

/**
 * fu51 (issue 13, session 51): a "pending" word with no cue read in its sense. Sample 48's #47 ("paying his hotel
 * bill", an invoice) and #30 ("the 1994 crime bill", an enacted law), fu50b's "in its latest review" (a report done):
 * the governing verb selects a sense WordNet's examples give it, and the phrase's own modifiers date an instance
 * already held. Copy written for the test; each block has near controls that hold on the base too.
 */
describe('the governing verb selects a sense that is no event', () => {
  it.each([
    'Dana Voss insisted on paying her hotel bill before the harbour festival.',
    // "visited the court" (a residence) and "held its hearing" (a session) read senses SemCor never tags, left out since
    // review 52's B-r52-2 (test/core/pending-sense-r52.test.ts): both now read as the commonest sense, pending.
  ])('%s is no pending lead', (text) => {
    expect(cuelessPending(text)).toBe('unverified');
  });
  it.each([
    'The committee will hold a hearing on the pier next week.',
    'The committee holds a hearing on the pier on Tuesday.',
    'The assembly sent the harbour bill to the governor.',
    'The harbour bill was attacked by ferry owners.',
  ])('control: %s stays pending', (text) => {
    expect(cuelessPending(text)).toBe('pending');
  });
});

describe('an instance the phrase dates as held', () => {
  it.each([
    'The harbour board, in its latest review, says the pier is sound.',
    'The ferry crews objected to a recent vote by the pier staff.',
  ])('%s is no pending lead', (text) => {
    expect(cuelessPending(text)).toBe('unverified');
  });
  it.each([
    'Both candidates are chasing every last vote before the harbour ballot.',
    'The harbour board says its review of the pier is under way.',
  ])('control: %s stays pending', (text) => {
    expect(cuelessPending(text)).toBe('pending');
  });

  const kinds = (body: string): Array<[string, string]> =>
    findOpenQuestions(
      { ...analyzeArticle(`Harbour levy row\n\n${body}`), publishedAt: '2019-03-04T10:00:00Z' },
      { model: () => 0.35 },
    ).map((q) => [q.kind, q.text]);
  it('a year before the article\'s own names a law already enacted ("the 1998 harbour bill")', () => {
    const asked = kinds('Councillor Dana Voss said the 1998 harbour bill had cut the ferry budget by half.');
    expect(asked.filter(([, text]) => /1998 harbour bill/.test(text)).map(([kind]) => kind)).toEqual(['unverified']);
  });
  it('control: a year after it names a bill still to pass', () => {
    const asked = kinds('Councillor Ellen Marsh said the 2021 harbour bill would cut the ferry budget by half.');
    expect(asked.filter(([, text]) => /2021 harbour bill/.test(text)).map(([kind]) => kind)).toEqual(['pending']);
  });
});
