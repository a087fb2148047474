import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { saysCause } from '../../src/core/lacks-filler';

/**
 * "be due to" before a cause is neither asked nor flagged as pending (review s37 B-q52-2: "Pending: “The increase is
 * due to demand for berths …”"), a noun-dominant verb before its object is still asked ("due to face the committee"),
 * and the cause readers keep a cause before a time phrase or a reduced relative (B-q52-1). Copy written for the test,
 * British and US house styles.
 */
function questionsOf(sentence: string): { kind: string; text: string }[] {
  return analyzeArticle(`Local news in brief\n\nThe board met on Tuesday. ${sentence}`).questions.map((q) => ({
    kind: q.kind,
    text: q.text,
  }));
}

describe('a cause after "is due to" is no pending passage', () => {
  it.each([
    'The increase is due to demand for school places, a council spokeswoman said.',
    'The rise in rents is due to higher interest rates.',
    'The walkout is due to anger among drivers over new rotas.',
  ])('%s', (sentence) => {
    expect(questionsOf(sentence).filter((q) => q.kind === 'pending')).toEqual([]);
  });

  it('controls: a schedule is still asked, a noun-dominant verb before its object too', () => {
    expect(questionsOf('The inquiry is due to report its findings in March.').map((q) => q.text)).toContain(
      'Will the inquiry report its findings in March?',
    );
    expect(questionsOf('Ms. Okafor is due to face the committee next week.').map((q) => q.text)).toContain(
      'Will Ms. Okafor face the committee next week?',
    );
  });
});

describe('the cause readers keep a cause the phraser might read as a verb', () => {
  it.each([
    'The cancellations were due to fog the forecasters had not predicted.',
    'The shortage is due to drought this summer.',
  ])('%s', (sentence) => {
    expect(saysCause(sentence)).toBe(true);
  });
});

/**
 * Review s38 B-r38-1: the cause reading comes from grammar and WordNet (a word that is a noun too and no act a thing
 * does on its own, straight before a preposition, after an effect), not from the word pairs the corpus happens to
 * use: "demand from", "work on", "pressure from" were asked as "Will the increase demand from tourists?".
 */
describe('"<effect> is due to <noun> <preposition> …" is a cause, whatever the pair', () => {
  it.each([
    'The increase is due to demand from tourists, the operator said.',
    'The rise in fares is due to demand from tourists in the summer months.',
    'The closure is due to work on the sea wall at Dawlish, which was damaged in last month’s storms.',
    'The delay is due to pressure from residents who oppose the new depot.',
    'Last year’s shortfall was due to competition from online shops.',
  ])('%s', (sentence) => {
    expect(questionsOf(sentence).filter((q) => q.kind === 'pending')).toEqual([]);
  });

  it.each([
    ['The new timetable is due to start in May.', 'Will the new timetable start in May?'],
    ['The trial is due to start at a crown court in Leeds.', 'Will the trial start at a crown court in Leeds?'],
    ['Tenants are due to march in the high street on Saturday.', 'Will tenants march in the high street on Saturday?'],
    ['The striker is due to sign for the club next week.', 'Will the striker sign for the club next week?'],
  ])('control: a schedule is still asked: %s', (sentence, question) => {
    expect(questionsOf(sentence).map((q) => q.text)).toContain(question);
  });
});
