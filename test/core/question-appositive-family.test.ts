import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Review s35 B-sample31-1/-2/-3, in copy written for the test (British and US house styles): an appositive whose party
 * agrees is no second side, an appositive is no part of the claim the contested template asks about, and a family's
 * plural surname keeps its capital. Imports analyzeArticle only, so every case runs on the base too.
 */
function questionsOf(body: string): { kind: string; text: string }[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map((q) => ({
    kind: q.kind,
    text: q.text,
  }));
}

describe('a party that agrees, or only might dispute, is no second side (B-sample31-1)', () => {
  it.each([
    // British: a negated auxiliary.
    [
      'The union claims that 250 posts will go, a figure the management does not dispute.',
      'Is it true that 250 posts will go?',
    ],
    // British: a negative pronoun.
    [
      'Teachers claim that class sizes have risen by a fifth, a figure nobody disputes.',
      'Is it true that class sizes have risen by a fifth?',
    ],
    // US: a quantifier and a modal.
    [
      'The governor claims that unemployment fell 3 percent last year, a number few economists would dispute.',
      'Is it true that unemployment fell 3 percent last year?',
    ],
    // US: a contracted negation.
    [
      "The airline claims that delays fell by half in May, a claim the regulator doesn't challenge.",
      'Is it true that delays fell by half in May?',
    ],
  ])('"%s"', (body, expected) => {
    const questions = questionsOf(body);
    expect(questions.map((q) => q.text)).toContain(expected);
    expect(questions.map((q) => q.kind)).not.toContain('disputed');
  });

  it('control: a party that disputes is still the second side', () => {
    expect(
      questionsOf('The retailer claims that prices will fall by Christmas, a claim its rivals dispute.'),
    ).toContainEqual({
      kind: 'disputed',
      text: 'Is there evidence that prices will fall by Christmas, which its rivals dispute?',
    });
  });
});

describe('the contested template leaves the appositive out of the claim (B-sample31-3)', () => {
  it.each([
    [
      'The chairman insists that the merger will save jobs, a claim unions have rejected.',
      'Is the chairman right that the merger will save jobs?',
    ],
    [
      'The senator insists that the bill will cut costs, an assertion the budget office disputes.',
      'Is the senator right that the bill will cut costs?',
    ],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body)).toContainEqual({ kind: 'disputed', text: expected });
  });
});

describe("a family's plural surname keeps its capital (B-sample31-2)", () => {
  it.each([
    [
      'Jacksons will return to the ranch next week, a family friend said.',
      'Will Jacksons return to the ranch next week?',
    ],
    ['Kennedys will return to the compound next week.', 'Will Kennedys return to the compound next week?'],
    ['Johnsons will host the party at Chequers next month.', 'Will Johnsons host the party at Chequers next month?'],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });

  it.each([
    // Controls: a common noun's plural loses the capital; a party's members keep it.
    ['Mailers will reach every home in the ward by Friday.', 'Will mailers reach every home in the ward by Friday?'],
    ['Democrats will meet on Tuesday to choose a leader.', 'Will Democrats meet on Tuesday to choose a leader?'],
  ])('control: "%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });
});
