import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findCues } from '../../src/core/question-cues';

// Audit 57 (session 56, fix56c): the open-question shapes of B-a57-11, -12 and -13, on invented copy of each shape.

const analysed = (body: string) => analyzeArticle(`Quarry plan stalls\n\n${body}`).questions;
const questions = (body: string) => analysed(body).map((q) => q.text);

describe('a contracted "isn\'t clear whether" is the unknown cue, one question per whether (B-a57-11)', () => {
  it('"isn\'t clear" finds the question "is not clear" finds, without "or whether" inside it', () => {
    const body = (neg: string) =>
      `The trustees met on Tuesday to discuss the quarry lease with Ridgeway Stone. It ${neg} clear whether the trustees would be willing to renew the lease, or whether the firm would accept a shorter term. The trustees meet again in June.`;
    for (const neg of ["isn't", 'is not']) {
      const asked = questions(body(neg));
      expect(asked).toContain('Will the trustees be willing to renew the lease?');
      expect(asked.join(' ')).not.toMatch(/or whether/);
    }
  });

  it('"wasn\'t clear" is a cue too', () => {
    expect(findCues("It wasn't clear whether the pier would reopen.").map((c) => c.shape)).toContain('unclear');
  });
});

describe('a whether-clause the copy calls open is an open question (B-a57-12)', () => {
  it.each([
    'The key question — whether the village will keep its bus service — remains open.',
    'The question of whether the village will keep its bus service is still unresolved.',
    'Whether the village will keep its bus service is an open question at the county hall.',
  ])('%s', (sentence) => {
    const asked = analysed(`The county met on Friday to discuss rural transport. ${sentence}`);
    expect(asked.some((q) => q.kind === 'unknown' && /bus service/.test(q.text))).toBe(true);
  });

  it('a clause asked plainly when a template reads it', () => {
    expect(
      questions(
        'The county met on Friday. Whether the county will side with the drivers or with the operator is an open question.',
      ),
    ).toContain('Will the county side with the drivers or with the operator?');
  });

  it('an answered question is no cue ("The question of whether … was settled")', () => {
    expect(
      findCues('The question of whether the village keeps its bus was settled on Friday.').map((c) => c.shape),
    ).not.toContain('named-open');
  });
});

describe('a meeting to take an item up again, and an evasive reply, are open (B-a57-13)', () => {
  it('"would take up X again at its <date> meeting" is pending', () => {
    const cues = findCues(
      'Lund said the board would take up the request again at its Jan. 9 meeting, after the clerk checks the figures.',
    );
    expect(cues.map((c) => c.kind)).toContain('pending');
  });

  it('"would take up" with no meeting is no pending cue', () => {
    expect(findCues('The new job would take up most of his evenings.').map((c) => c.shape)).not.toContain('schedule');
  });

  it('"didn\'t give a straight answer" is a refusal, as "did not answer directly" is', () => {
    const cue = (s: string) => findCues(s).map((c) => c.shape);
    expect(cue("Asked whether she would cut the fee, Ortiz didn't give a straight answer.")).toContain('refusal');
    expect(cue('Asked whether she would cut the fee, Ortiz did not give a direct answer.')).toContain('refusal');
  });
});
