import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Valley news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 37 (sp49): an agency the speaker "told" is never the "he" or "she" of the next tag (review B-main-79). */
describe('a pronoun tag after "told <outlet>"', () => {
  it.each([
    // Wire style: a bare surname opening the copy, which the people index does not hold.
    ['Okafor, 52, told Reuters he had spoken to the pilot by radio on Monday.\n\n"He sounded calm," he said.'],
    // The same with "she" and curly marks.
    ['Pryce, 38, told the Associated Press she had waited six hours for help.\n\n\u201cNobody came,\u201d she said.'],
  ])('names no outlet: %s', (body) => {
    const speakers = quoteSpeakers(body);
    expect(speakers).toHaveLength(1);
    expect(speakers[0] ?? '').not.toMatch(/Reuters|Associated Press/);
  });

  it('gives the words to the one who told the outlet, when the copy names them (control)', () => {
    expect(
      quoteSpeakers(
        'Dana Okafor, 52, told Reuters she had spoken to the pilot by radio.\n\n"He sounded calm," she said.',
      ),
    ).toEqual(['Dana Okafor']);
  });

  it('keeps a person whose surname is an outlet word (control)', () => {
    expect(
      quoteSpeakers('Harbour master Jim Daily was on the quay at dawn.\n\n"The tide came in fast," he said.'),
    ).toEqual(['Jim Daily']);
  });
});
