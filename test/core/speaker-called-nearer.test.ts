import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'The harbour chair, Ann Lee, and the council leader, Tom Reddy, met on Monday.\n\n';

/**
 * Session 46, sp58, on invented copy: a name that calls something by the quoted words, after another's reported
 * speech, is nearer the quotation than the sentence's first speaker (PolNeAR train: 96 of 118 annotated "called"
 * cues before a quotation have the subject as their source).
 */
describe('"and Reddy later called the plan "…"" after "Lee argued that …"', () => {
  it('does not credit the first speaker with the words Reddy called the plan', () => {
    const body = `${lead}Lee argued that the board should wait, and Reddy later called the plan "a costly folly that nobody wants."`;
    expect(quoteSpeakers(body)).not.toContain('Ann Lee');
  });

  it('control: a quotation inside the first speaker’s clause stays hers', () => {
    const body = `${lead}Lee argued that the board should wait, and that Reddy was "a costly folly that nobody wants."`;
    expect(quoteSpeakers(body)).toEqual(['Ann Lee']);
  });
});
