import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analysed = (body: string) => analyzeArticle(`Regulators act\n\n${body}`);
const speakers = (body: string): Array<string | null> => analysed(body).quotes.map((q) => q.speaker);
const entities = (body: string): string[] => analysed(body).entities.map((e) => `${e.name}:${e.type}`);

/** Review s32 B-main-7: the last word after "and" in a body's name was taken for the speaker ("Road"). */
describe('an "and" inside a body\'s name', () => {
  it('the body speaks, not the word after its "and"', () => {
    const body =
      'The fine was announced on Thursday.\n\nThe Office of Rail and Road said the company had given passengers "inadequate and at times misleading" information.\n\n' +
      'The Food and Drug Administration said the drug was "safe for most adults" in a statement.\n\n' +
      'The Department of Health and Human Services said the review was "thorough and fair" on Friday.';
    expect(speakers(body)).toEqual([
      'the Office of Rail and Road',
      'the Food and Drug Administration',
      'the Department of Health and Human Services',
    ]);
  });

  it('one word after "of" or a body\'s "and" is no person', () => {
    const listed = entities(
      'Officials at the U.S. Chamber of Commerce met the Bureau of Alcohol on Monday.\n\nThe Ministry of Justice and Prisons said nothing.',
    );
    expect(listed.filter((e) => e.endsWith(':person'))).toEqual([]);
  });

  it('controls: two people joined by "and", and a given name after it, are still people', () => {
    expect(
      speakers(
        'Aides met in Ohio on Monday.\n\nTrump and Lewandowski said the rally was "huge and loud and wonderful".',
      ),
    ).toEqual(['Lewandowski']);
    expect(
      speakers('Friends met on Monday.\n\nBill and Hillary said it was "great fun for the whole family".'),
    ).toEqual(['Hillary']);
  });
});

describe("a body's name without the sentence word before it", () => {
  it('"But the Court of Appeals" lists the court', () => {
    const listed = entities(
      'The ruling stood.\n\nBut the Court of Appeals in Richmond said it would hear the case again.',
    );
    expect(listed).toContain('Court of Appeals:organization');
    expect(listed.some((e) => e.startsWith('But '))).toBe(false);
  });

  it('controls: "New" opens a name and stays ("New York Times")', () => {
    expect(entities('The report ran on Sunday.\n\nThe New York Times Company reported the figures first.')).toContain(
      'New York Times Company:organization',
    );
  });
});
