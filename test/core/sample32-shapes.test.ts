import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cutClause } from '../../src/core/question-clauses';

/**
 * The shape session 35's sample 32 fixed by construction (docs/hand-read-questions.md, "Sample 32", #8): a serial
 * comma closing a list ("Iran, Russia, and a new Syria") is no clause end, in copy written for the test, in more than
 * one house style.
 */

function textsOf(body: string): string[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map(
    (q) => q.text,
  );
}

describe('a serial comma closes a list, not a clause (sample 32 #8)', () => {
  it.each([
    // US copy, the serial comma before "and the".
    [
      'Many analysts believe the governor has built a coalition that includes unions, farmers, and the state’s largest employers.',
      'Which analysts believe the governor has built a coalition that includes unions, farmers, and the state’s largest employers, and can they be named?',
    ],
    // British copy (football, a borough's levy, a county list), the serial comma before "and a" / "and the".
    [
      'Several sources say the club has approached Arsenal, Chelsea, and a number of Spanish sides about the striker.',
      'Which sources say the club has approached Arsenal, Chelsea, and a number of Spanish sides about the striker, and can they be named?',
    ],
    [
      'Critics argue that the levy will fall on pensioners, renters, and the lowest-paid workers in the borough.',
      'Which critics argue the levy will fall on pensioners, renters, and the lowest-paid workers in the borough, and can they be named?',
    ],
    [
      'Officials believe the storm damaged Kent, Sussex, and a large part of the Essex coast.',
      'Which officials believe the storm damaged Kent, Sussex, and a large part of the Essex coast, and can they be named?',
    ],
  ])('"%s"', (body, expected) => {
    expect(textsOf(body)).toContain(expected);
  });

  it.each([
    [
      'the council will close libraries, pools, and the town hall on Sundays',
      'the council will close libraries, pools, and the town hall on Sundays',
    ],
    [
      'the trust will sell the depot, the garage, and a plot by the river',
      'the trust will sell the depot, the garage, and a plot by the river',
    ],
  ])('cutClause keeps "%s" whole', (clause, expected) => {
    expect(cutClause(clause, 20)).toBe(expected);
  });
});

describe('controls: a comma before "and" that does end a clause still cuts (pass before and after)', () => {
  it.each([
    ['the plan was approved in March, and the work began in May', 'the plan was approved in March'],
    [
      'the mayor closed the pool on Sunday, and the council has since reopened it',
      'the mayor closed the pool on Sunday',
    ],
    // A name in apposition, then a second verb of the same subject: the clause ends at the comma, not a list.
    [
      'the agency also met with the director of the film, Michael Bay, and cited a long list of concerns about the contents of the script',
      'the agency also met with the director of the film, Michael Bay',
    ],
    // The segment before the comma holds a verb: not a list's item.
    ['the fund paid out, officials said, and the bank cut its rate', 'the fund paid out'],
  ])('cutClause cuts "%s"', (clause, expected) => {
    expect(cutClause(clause, 20)).toBe(expected);
  });
});
