import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const LEAD =
  'The Kestrel Bay ferry board met on Monday to choose who runs the winter crossings.\n\n"The old boats must go" before the storms come, insisted Gwen Harrow, the board chair.\n\n';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry contract in brief\n\n${LEAD}${body}`).quotes.map((q) => q.speaker);

const statements = (body: string): Array<[string | null, string]> =>
  analyzeArticle(`Ferry contract in brief\n\n${body}`).statements.map((s) => [s.speaker, s.text]);

/** Review B-r43-8: an aside in square brackets, or one holding an abbreviation's stop, is read as one in round brackets. */
describe('a tag after the quotation with a bracketed aside', () => {
  it('reads the subject before an aside in square brackets', () => {
    expect(
      quoteSpeakers('"We priced every crossing twice," the harbour clerk [who ran the tender] told reporters.'),
    ).toEqual(['Gwen Harrow', 'the harbour clerk']);
  });

  it('reads through a "." inside round brackets', () => {
    expect(
      quoteSpeakers('"We priced every crossing twice," the harbour clerk (who joined in Jan. 2020) told reporters.'),
    ).toEqual(['Gwen Harrow', 'the harbour clerk']);
  });

  it('control: a round-bracket aside without a stop, read before', () => {
    expect(
      quoteSpeakers('"We priced every crossing twice," the harbour clerk (who ran the tender) told reporters.'),
    ).toEqual(['Gwen Harrow', 'the harbour clerk']);
  });
});

/** Review B-r43-11: a verb-first tag between the clause's commas is cut from the statement. */
describe('a tag set inside the clause it attributes', () => {
  it("cuts the tag and the speaker's aside from the statement", () => {
    expect(
      statements('The trouble with the tender, says Gwen Harrow, the board chair, is that nobody has priced it.'),
    ).toEqual([['Gwen Harrow', 'The trouble with the tender is that nobody has priced it']]);
  });

  it('cuts a bare tag before a "why" clause', () => {
    expect(statements('A passenger might fairly ask, said Gwen Harrow, why the board waited so long.')).toEqual([
      ['Gwen Harrow', 'A passenger might fairly ask why the board waited so long'],
    ]);
  });

  it('control: a tag at the sentence end keeps the clause before it', () => {
    expect(statements('Nobody has priced the tender, said Gwen Harrow.')).toEqual([
      ['Gwen Harrow', 'Nobody has priced the tender'],
    ]);
  });
});

/** Review B-r43-5: the name before a closed aside speaks, whatever marks the aside. */
describe('reported speech whose subject has an aside before the verb', () => {
  it.each([
    ['spaced hyphens', 'Gwen Harrow - a former skipper - said the crossings were too slow.'],
    ['em dashes', 'Gwen Harrow — the board chair — said the crossings were too slow.'],
    ['double hyphens', 'Gwen Harrow -- who has run the board for ten years -- said the crossings were too slow.'],
    ['round brackets', 'Gwen Harrow (the board chair) said the crossings were too slow.'],
  ])('credits the name before an aside in %s', (_, sentence) => {
    expect(statements(sentence)).toEqual([['Gwen Harrow', 'the crossings were too slow']]);
  });

  it('control: an aside between commas, read before', () => {
    expect(statements('Gwen Harrow, the board chair, said the crossings were too slow.')).toEqual([
      ['Gwen Harrow', 'the crossings were too slow'],
    ]);
  });
});
