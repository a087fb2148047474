import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const statements = (body: string): Array<[string | null, string]> =>
  analyzeArticle(`Island ferry fares in brief\n\n${body}`).statements.map((s) => [s.speaker, s.text]);

/**
 * Review B-r44-11: a tag set between the clause's commas with a plural verb, a common noun's phrase or a name with an
 * abbreviation's stop names its speaker; the clause's own subject before the first comma is never the speaker.
 */
describe('a tag inside the clause it attributes, beyond a capitalised name after "says"', () => {
  it('reads a plural verb and a common-noun speaker', () => {
    expect(statements('The fare rise, say the ferry trustees, is beyond what islanders can pay.')).toEqual([
      ['the ferry trustees', 'The fare rise is beyond what islanders can pay'],
    ]);
  });

  it('reads "says" with a common-noun speaker', () => {
    expect(statements('The fare rise, says the board, is beyond what islanders can pay.')).toEqual([
      ['the board', 'The fare rise is beyond what islanders can pay'],
    ]);
  });

  it("reads a name with a title's stop and a generational suffix before the speaker's aside", () => {
    expect(statements("The delay, says Mr. Owen Pryce, Jr., the board's lawyer, is costing the island money.")).toEqual(
      [['Mr. Owen Pryce', 'The delay is costing the island money']],
    );
  });

  it("gives no statement rather than the clause's own subject when the tag is not read", () => {
    expect(statements('The fare rise, say trustees, is beyond what islanders can pay.')).toEqual([]);
  });

  it('control: a capitalised name after "says", read before', () => {
    expect(statements('The fare rise, says Gwen Harrow, is beyond what islanders can pay.')).toEqual([
      ['Gwen Harrow', 'The fare rise is beyond what islanders can pay'],
    ]);
  });

  it("control: a subject's aside before the verb keeps the subject as speaker", () => {
    expect(statements('Gwen Harrow, the board chair, said the fare rise was beyond what islanders could pay.')).toEqual(
      [['Gwen Harrow', 'the fare rise was beyond what islanders could pay']],
    );
  });

  it('control: a participle "said to" between commas is no tag', () => {
    expect(statements('The fare rise, said to be the steepest in years, is beyond what islanders can pay.')).toEqual(
      [],
    );
  });
});
