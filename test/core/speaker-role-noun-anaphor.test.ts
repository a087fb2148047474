import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function speakers(body: string): Array<[string, string]> {
  return analyzeArticle(`Depot sale approved\n\n${body}`).statements.map((s) => [s.text, s.speaker]);
}

// Review B-main-18: "The <role noun> said" was credited to the last named person whatever her role.
describe('speaker of "The <role noun> said"', () => {
  it('keeps the description when the last named person holds another role', () => {
    const found = speakers(
      [
        'The council leader, Anne Cole, said the sale would raise £2m for repairs.',
        'The auditor said the accounts were in order. The judge said the case would resume in May. The coroner said the death was accidental.',
      ].join('\n\n'),
    );
    expect(found).toEqual([
      ['the sale would raise £2m for repairs', 'Anne Cole'],
      ['the accounts were in order', 'the auditor'],
      ['the case would resume in May', 'the judge'],
      ['the death was accidental', 'the coroner'],
    ]);
  });

  it.each([
    ['apposition before the name', 'The council leader, Anne Cole, said the sale would go ahead.'],
    ['apposition after the name', 'Anne Cole, the council leader, said the sale would go ahead.'],
    ['a title before the name', 'Council leader Anne Cole said the sale would go ahead.'],
  ])('still resolves the role the copy gave the person (%s)', (_, first) => {
    const found = speakers(`${first}\n\nThe leader said the money would fund repairs.`);
    expect(found.at(-1)).toEqual(['the money would fund repairs', 'Anne Cole']);
  });

  it('leaves "A spokesman said" (printed lower case mid-line) and "The company said" as they were', () => {
    const found = speakers(
      'The council leader, Anne Cole, said the sale would go ahead.\n\nA spokesman said the firm was pleased. The company said the deal was fair. The council said talks with the buyer were continuing.',
    );
    expect(found.slice(1).map(([, speaker]) => speaker)).toEqual(['a spokesman', 'the company', 'the council']);
  });
});
