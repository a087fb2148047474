import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { reportedClause } from '../../src/core/question-clauses';

describe('a sayer with an apposition between commas', () => {
  it('is stripped from the claim with its role ("Tom Hale, a councillor, said …")', () => {
    expect(
      reportedClause('Tom Hale, a councillor, said the depot would close before the winter timetable began.'),
    ).toBe('the depot would close before the winter timetable began');
    expect(reportedClause('Mr Lowe, 52, told reporters the inquiry had been shut down without a hearing.')).toBe(
      'the inquiry had been shut down without a hearing',
    );
  });

  it('is not found in a tag set off inside the clause ("The plan, critics said, would …")', () => {
    expect(reportedClause('The plan, critics said, would cost the town far more than the council admits.')).toBe(
      'The plan, critics said, would cost the town far more than the council admits',
    );
  });

  it('leaves the day the words were said in the tag ("said Thursday that …")', () => {
    expect(
      reportedClause('Ferry spokeswoman Ann Reed said Thursday that the claim about the harbour fees is untrue.'),
    ).toBe('the claim about the harbour fees is untrue');
  });

  it('gives the central dispute the claim alone, not the sayer and role', () => {
    const first = analyzeArticle(
      [
        'Depot closure row',
        '',
        'Tom Hale, a councillor, said the staff at the Crane Road depot had never been warned about the closure.',
        '',
        'But Carol Dalby, the operator’s regional director, said managers had warned the staff at the depot about the closure in March.',
      ].join('\n\n'),
    ).questions[0];
    expect(first?.kind).toBe('disputed');
    expect(first?.text).toMatch(/^Who is right, Tom Hale \(“the staff at the Crane Road depot had never been warned/);
  });
});
