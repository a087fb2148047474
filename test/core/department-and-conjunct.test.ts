import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findNameRuns } from '../../src/core/name-runs';
import { parsePerson } from '../../src/core/parse-person';

/**
 * Audit 58, B-a58-4: "Department of <A> and <B>" with two words or more on either side of "and" was split there, and
 * the words after "and" became a person who took the department's quotes. Copy written for the test.
 */
const parsed = (text: string): Array<string | null> => findNameRuns(text).map((r) => parsePerson(r)?.name ?? null);

describe('a body named "<head> of <A> and <B>"', () => {
  it('"Ministry of Coastal Works and Fisheries", "Board of Trade and Rural Affairs": one body, no person', () => {
    expect(parsed('The Ministry of Coastal Works and Fisheries said so.')).toEqual([null]);
    expect(parsed('The Bureau of Trade and Rural Affairs said so.')).toEqual([null]);
    // "Town" is a given name in the long lists; after a body's head and "of" it is the portfolio's.
    expect(parsed('The Department of Town Planning and Harbours said so.')).toEqual([null]);
  });

  it('control: a given name or a title after "and" is a person after the body', () => {
    expect(parsed('The Department of Justice and Jeff Sessions said so.')).toEqual(['Jeff Sessions']);
    expect(parsed('The Department of Health and Human Services Secretary Tom Price said so.')).toEqual(['Tom Price']);
  });

  it("the department's spokesperson's words go to no person named by the conjunct", () => {
    const a = analyzeArticle(
      [
        'The harbour association lodged an objection to the marina plan last month.',
        'A spokesperson for the Department of Town Planning and Harbours said the objection was "being studied" and that a decision would follow "within weeks".',
      ].join('\n\n'),
      { title: 'Marina objection' },
    );
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Harbours');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});
