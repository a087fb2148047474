import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry levy in brief\n\nThe vote was close on Tuesday. ${body}`).quotes.map((q) => q.speaker);

/**
 * Review 65 (R65-5), issue 11: an inverted tag's list ("said A, B and C") credited every member as a person, so a body
 * in it ("Kavango Farms", "Namib Holdings") was split out as a person's full name. A list holding a body is not read
 * as people. Copy written for the test.
 */
describe('a body inside an inverted list of speakers', () => {
  it('is not credited as a joint speaker', () => {
    for (const tag of [
      'said Ann Lee, Kavango Group and Tom Ruiz.',
      'said Maria Soto, Namib Holdings and Peter Kahn.',
    ]) {
      const [speaker] = speakers(`"We are ready to talk," ${tag}`);
      expect(speaker ?? '').not.toMatch(/Group|Holdings/);
    }
  });

  it('still credits a list of people only (control)', () => {
    expect(speakers('"We are ready to talk," said Ann Lee, Rosa Kinde and Tom Ruiz.')).toEqual([
      'Ann Lee, Rosa Kinde and Tom Ruiz',
    ]);
  });
});
