import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { CUE_FAMILIES } from '../../src/core/cue-families';
import { datedEvent } from '../../src/core/dated-event';
import { deciderOf } from '../../src/core/decider-of';
import type { PhraseContext } from '../../src/core/phrase-question';
import { schedule } from '../../src/core/schedule-question';

/**
 * Issue 13, session 58 (fu58): a date fixed for an event is a follow-up (what comes of it), a choice left open in a
 * non-restrictive relative clause is its antecedent's.
 * Copy written for the test.
 */

const ctx = (text: string, actor: string | null = null): PhraseContext => ({
  text,
  actor,
  mainActor: null,
  properWords: new Set(['Harwick', 'Tova', 'Brandt']),
});
const shapes = (text: string): string[] => CUE_FAMILIES.filter((f) => f.pattern.test(text)).map((f) => f.shape);

describe('a dated event asks what comes of it', () => {
  it.each([
    [
      'A second survey of the pier had been scheduled for Monday.',
      'What has come of the second survey of the pier scheduled for Monday?',
    ],
    ['The appeal hearing is set for 14 March.', 'What will come of the appeal hearing set for 14 March?'],
    ['Their tribunal date was slated for next Tuesday.', 'What has come of the tribunal date slated for next Tuesday?'],
    ['The runoff is set for Aug. 30.', 'What will come of the runoff set for Aug. 30?'],
    [
      'The harbour board inquiry is scheduled for Monday.',
      'What will come of the harbour board inquiry scheduled for Monday?',
    ],
    ['The pay talks were set for Thursday.', 'What has come of the pay talks set for Thursday?'],
  ])('%s', (text, asked) => {
    expect(shapes(text)).toContain('schedule');
    expect(datedEvent(text)).toBe(asked);
  });
  it.each([
    // A clause after the date, a subject with a verb or a negation, or no date: not the bare dating shape.
    'The appeal hearing is set for 14 March, when the panel sits again.',
    'The ferry that was sold is set for Friday.',
    'No hearing was set for Friday.',
    'The hearing is set for a rethink.',
    // Review 60's R60-4: a ceremony or a show has no outcome to chase.
    'The memorial service is scheduled for Monday.',
    'The funeral is set for Friday.',
    'The harbour parade was slated for next Sunday.',
  ])('control: %s', (text) => expect(datedEvent(text)).toBeNull());
  it('a dating with no date after "for" is no schedule cue', () => {
    expect(shapes('None of the bills are scheduled for votes.')).not.toContain('schedule');
    // A count after "for" is no date.
    expect(shapes('The nine hearings scheduled for 12 applicants drew little notice.')).not.toContain('schedule');
  });
});

describe('a choice in a relative clause is put to its antecedent', () => {
  it.each([
    ['The licensing panel, which will decide whether to renew the permit, meets in June.', 'The licensing panel'],
    ['Officials met Harwick Council, which is considering whether to sell the depot.', 'Harwick Council'],
  ])('%s', (text, decider) => expect(deciderOf(text)).toBe(decider));
  it('the question names the antecedent, not the actor read from elsewhere', () => {
    expect(
      schedule(
        ctx('The licensing panel, which will decide whether to renew the permit, meets in June.', 'Tova Brandt'),
      ),
    ).toBe('Will the licensing panel renew the permit, and when will the decision come?');
  });
  it('an antecedent no question can name asks no one', () => {
    expect(deciderOf('Residents of both towns, who will decide whether to merge, vote in May.')).toBe(false);
  });
  it("control: a choice that is the sentence subject's own keeps the old reading", () => {
    expect(deciderOf('The licensing panel will decide whether to renew the permit.')).toBeNull();
  });
  it('end to end: the owner the panel rules on is not asked', () => {
    const text =
      "Inspectors shut the Harwick bakery on Monday.\n\nThe owner, Tova Brandt, said the fault was mended within hours.\n\nThe licensing panel, which will decide whether to revoke the bakery's licence, meets next month.\n";
    const asked = analyzeArticle(text).questions.map((q) => q.text);
    expect(asked.some((q) => /^Will Tova Brandt revoke/.test(q))).toBe(false);
  });
});
