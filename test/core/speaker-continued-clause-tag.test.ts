import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => q.speaker);

/**
 * Session 40 (sp52): the reporter runs the quotation's clause on in their own words, then an inverted tag after a
 * comma names the speaker (`"…" that Okafor can win, said Dana Whitcombe`). The words up to the comma open on a
 * complementiser, subordinator or preposition, so they are not the tag's subject.
 */
describe('an inverted tag after a continued clause', () => {
  it.each([
    [
      'Ruth Okafor trails in every poll.\n\n"She can claim it, but it looks very unlikely" that Okafor can beat Tom Reed, said Dana Whitcombe, a lecturer at Halden College.',
      'Dana Whitcombe',
    ],
    [
      'Ruth Okafor trails in every poll. Tom Reed leads.\n\n"Most people would call that a setback" if Okafor did not win by a wider margin, said Dana Whitcombe, an analyst at Halden College.',
      'Dana Whitcombe',
    ],
    [
      'The harbour board met on Monday.\n\nThe vote marks "a turning point" for the harbour, says a spokesman for the port.',
      'a spokesman for the port',
    ],
  ])('names the speaker after the verb: %s', (body, name) => {
    expect(quoteSpeakers(body)).toEqual([name]);
  });

  it('leaves a tag whose subject stands before the verb (control)', () => {
    expect(
      quoteSpeakers('Ruth Okafor trails in every poll.\n\n"She can claim it" for now, Dana Whitcombe said on Monday.'),
    ).toEqual(['Dana Whitcombe']);
  });

  it('takes no clause after the verb as a tag (control)', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor spoke on Monday.\n\nOkafor called the deal "a betrayal of the harbour" for its workers, said to number 3,000.',
      ),
    ).toEqual(['Ruth Okafor']);
  });
});
