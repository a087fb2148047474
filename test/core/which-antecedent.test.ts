import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const lead =
  'Bridge tolls to rise\n\nTolls on the river bridge will rise by a tenth in April.\n\n' +
  'Mark Ellery, who leads the commuters\u2019 group, said drivers were angry.\n\n' +
  'Ellery said the group had written to every councillor.\n\n';
const quoteSpeakers = (sentence: string): Array<string | null> =>
  analyzeArticle(`${lead}${sentence}`).quotes.map((q) => q.speaker);

/**
 * Audit 61's B-a61-2: "…, and the Valley Chamber of Commerce, which said in a statement that the rise "…"" gave the
 * quotation to the speaker of the paragraph before: the relative's antecedent is its speaker, or no one.
 */
describe('a quotation after ", which said"', () => {
  it("is the named body's", () => {
    expect(
      quoteSpeakers(
        'Backers include the Regional Freight Council, which speaks for 40 firms, and the Valley Chamber of Commerce, which said in a statement that the rise "is overdue and modest."',
      ),
    ).toEqual(['Valley Chamber of Commerce']);
  });

  it('is a description antecedent\u2019s as itself', () => {
    expect(quoteSpeakers('Backers include the county, which said the tolls "pay for the repairs."')).toEqual([
      'the county',
    ]);
  });

  it('is no one\u2019s, never the earlier speaker\u2019s, when the antecedent names no one', () => {
    expect(
      quoteSpeakers(
        'The rise follows an audit published in March, which said in its summary that the tolls "barely pay for the repairs."',
      ),
    ).toEqual([null]);
  });

  it("reports nothing when the relative's words close before the main verb", () => {
    const sentence =
      'Residents raised concern that groups like Redline, which claimed responsibility for the bombing, are recruiting in the camps.';
    expect(analyzeArticle(`${lead}${sentence}`).statements.map((s) => s.speaker)).not.toContain('Redline');
  });

  it('control: a body named as the subject still speaks', () => {
    expect(quoteSpeakers('The Valley Chamber of Commerce said the rise "is overdue and modest."')).toEqual([
      'the Valley Chamber of Commerce',
    ]);
  });
});
