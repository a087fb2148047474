import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Council news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/**
 * Review s34 B-sp46-1: in "In a letter to Mr Hale, the chairman said", the comma after the preposition's object
 * looks like an apposition ("Hale, the chairman"), which made the description resolve to the object.
 */
describe('a description after a fronted phrase whose object is a name', () => {
  it.each([
    // British: no stop after the title.
    ['In a letter to Mr Hale, the chairman said the deal was "a good one for the city".', 'the chairman'],
    // NYT: honorific with a stop.
    ['Speaking to reporters with Mr. Cole, the mayor said the vote was "a disgrace to this council."', 'the mayor'],
    // Wire: a bare name after "with".
    [
      'In an interview with Jo Bell, the candidate said the plan would "never work in a city this size."',
      'the candidate',
    ],
  ])('the description speaks, not the object: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a name with its own plain tag speaks (control)', () => {
    expect(
      quoteSpeakers(
        'The mayor, Ana Ruiz, opened the session on Monday. Ana Ruiz said the vote was "a disgrace to this council."',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('an appositive name before its own verb speaks (control)', () => {
    expect(quoteSpeakers('Mr. Cole, the mayor, said the vote was "a disgrace to this council."')).toEqual(['Cole']);
  });
});
