import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Valley news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 37 (sp49): an agency the speaker "told" is never the "he" or "she" of the next tag (review B-main-79). */
describe('a pronoun tag after "told <outlet>"', () => {
  it.each([
    // Session 38 (review B-r38-4): a one-word outlet no list of outlet words holds, read by the grammar of "told".
    ['Okafor told Axios he had waited six hours for an ambulance. "Nobody came," he said.'],
  ])('names no outlet: %s', (body) => {
    // The surname alone is no person the index holds: no speaker, said plainly (review B-r38-15).
    expect(quoteSpeakers(body)).toEqual([null]);
  });

  it.each([
    // Wire style: a bare surname opening the copy; its age makes it a person (audit 58, B-a58-1: aged-apposition.ts).
    [
      'Okafor, 52, told Reuters he had spoken to the pilot by radio on Monday.\n\n"He sounded calm," he said.',
      'Okafor',
    ],
    // The same with "she" and curly marks.
    [
      'Pryce, 38, told the Associated Press she had waited six hours for help.\n\n\u201cNobody came,\u201d she said.',
      'Pryce',
    ],
    ['Pryce, 38, told Politico she had waited six hours for help.\n\n"Nobody came," she said.', 'Pryce'],
  ])('names no outlet, and an aged surname speaks: %s', (body, name) => {
    expect(quoteSpeakers(body)).toEqual([name]);
  });

  it.each([
    // A first name makes the one told a person.
    ['Okafor told Tom Axton he had waited six hours for an ambulance. "Nobody came," he said.', 'Tom Axton'],
    // So does an honorific elsewhere in the copy.
    ['Mr. Marlow chairs the panel. Okafor told Marlow he had waited six hours. "Nobody came," he said.', 'Marlow'],
  ])('keeps a person who is told (control): %s', (body, name) => {
    expect(quoteSpeakers(body)).toEqual([name]);
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
