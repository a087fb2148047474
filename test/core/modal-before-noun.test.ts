import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { maskScheduledDueTo } from '../../src/core/mask-scheduled-due-to';

/**
 * A modal-like frame ("is due to", "is set to", "is to") before a noun or a determiner is no modal: "The increase is
 * due to demand for berths" gave "Will the increase demand for berths …?" (issue 13, found by ans53). Copy written
 * for the test in British and US house styles.
 */

function questionsOf(body: string, lead = 'The board met on Tuesday.'): string[] {
  return analyzeArticle(`Local news in brief\n\n${lead} ${body}`).questions.map((q) => q.text);
}

/** No "Will …?" asked of the subject with the noun phrase after the frame. */
function asksWill(body: string, subject: string): boolean {
  return questionsOf(body).some((q) => q.toLowerCase().startsWith(`will ${subject.toLowerCase()} `));
}

describe('"be due to" before a cause asks no "Will …?"', () => {
  it.each([
    // British copy: an effect's cause, a noun and its preposition (the grammar of mask-scheduled-due-to.ts).
    ['The increase is due to demand for school places, a council spokeswoman said.', 'the increase'],
    // The effect's head before a short phrase of its own.
    ['The rise in bus fares is due to demand for extra routes, the operator said.', 'the rise in bus fares'],
    // US copy: a determiner or a plural noun after "due to" is a cause, never a verb phrase.
    ['The delay is due to the cold snap and a shortage of crews.', 'the delay'],
    ['The closure is due to repairs to the roof of the gym, the district said.', 'the closure'],
  ])('%s', (sentence, subject) => {
    expect(asksWill(sentence, subject)).toBe(false);
  });

  it('control: a sum owed to someone ("due to" as "owed to") was shown as its passage already', () => {
    expect(asksWill('The refund is due to customers whose flights were canceled.', 'the refund')).toBe(false);
  });

  it('control: a schedule is still asked, in both house styles', () => {
    expect(questionsOf('Dockers are due to vote for a strike in a ballot that closes on Friday.')).toContain(
      'Will dockers vote for a strike in a ballot that closes on Friday?',
    );
    expect(questionsOf('Pensioners are due to rally in the town square on Saturday.')).toContain(
      'Will pensioners rally in the town square on Saturday?',
    );
    expect(questionsOf('The county board is due to be briefed on the audit next week.')).toContain(
      'Will the county board be briefed on the audit next week?',
    );
  });
});

describe('a frame before a determiner is no modal', () => {
  it.each([
    ['The zoning bill is set to a vote in the Assembly on Thursday.', 'the zoning bill'],
    ['The harbour scheme is set to a public inquiry in the new year.', 'the harbour scheme'],
  ])('%s', (sentence, subject) => {
    expect(asksWill(sentence, subject)).toBe(false);
  });

  it('control: a verb after the same frames is asked', () => {
    expect(questionsOf('The zoning bill is set to clear the Assembly on Thursday.')).toContain(
      'Will the zoning bill clear the Assembly on Thursday?',
    );
    expect(questionsOf('The mayor is expected to name a new police chief within a month.')).toContain(
      'Will the mayor name a new police chief within a month?',
    );
  });
});

describe('the cause reading of an effect with its own phrase', () => {
  it('masks no cause after "The rise in …", still masks a schedule after a person', () => {
    const cause = 'The rise in bus fares is due to demand for extra routes.';
    expect(maskScheduledDueTo(cause)).toBe(cause);
    expect(maskScheduledDueTo('The members of the union are due to vote for a strike.')).not.toMatch(/due to/);
  });

  it('a 100,000-character subject: the effect read from its last words only', () => {
    const long = `${'the rise in fares '.repeat(5500)}is due to demand for routes.`;
    expect(maskScheduledDueTo(long)).toBe(long);
  });
});
