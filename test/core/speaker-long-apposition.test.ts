import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { apposedGivenName } from '../../src/core/apposed-given-name';

// Session 57 (sp70): issue 11 — a listed given name before an apposition longer than a description holds is the
// tag's subject still ("Peter Green, <a long apposition>, said"), where the name finder refused the name because its
// surname is also a word of its lists. Invented copy of the shape.

const speakerOf = (body: string, words: string): string | null | undefined =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a name before a long apposition', () => {
  it.each([
    [
      'a relative clause',
      'Peter Green, a retired engineer who spent thirty years building bridges in Scotland, said: "The plan will never work."',
    ],
    [
      'a post and a relative clause',
      'Peter Green, a lecturer in planning law at the University of Leeds, who advised the council on the scheme in 2019, said: "The plan will never work."',
    ],
    [
      'a partial quotation',
      'Peter Green, a retired engineer who spent thirty years building bridges in Scotland and Wales, told the meeting that the plan "will never work."',
    ],
  ])('is the speaker after %s', (_shape, body) => {
    expect(speakerOf(body, 'never work')).toBe('Peter Green');
  });

  it('is not the speaker of a clause it only opens', () => {
    const body =
      'When Peter Green, a retired engineer who spent thirty years building bridges in Scotland, left the board, the chair said: "The plan will never work."';
    expect(speakerOf(body, 'never work')).not.toBe('Peter Green');
  });
});

describe('apposedGivenName', () => {
  it.each([
    ['Peter Green, a retired engineer who spent thirty years building bridges in Scotland', 'Peter Green'],
    ['Mary Ann Green, the chair of the trust, which runs the lighthouse, the museum and the ferry', 'Mary Ann Green'],
  ])('reads the name of "%s"', (phrase, name) => {
    expect(apposedGivenName(phrase)).toBe(name);
  });

  it.each([
    [
      'a second subject joined after the apposition',
      'Peter Green, a retired engineer, and Ann Lee, who chairs the trust',
    ],
    ['no listed given name', 'Harbour Green, a park that the council opened in 2019 beside the old lighthouse'],
    ['one word only', 'Green, a retired engineer who spent thirty years building bridges in Scotland'],
  ])('reads no name with %s', (_shape, phrase) => {
    expect(apposedGivenName(phrase)).toBeNull();
  });
});
