import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (copy: string) =>
  analyzeArticle(copy, { title: 'Ferry row' }).quotes.map((q) => [q.text, q.speaker] as const);

/**
 * Audit 56, B-a56-5: a partial quotation inside "Name, whose government promised to "…"" was carried on to the
 * person quoted in the paragraph before. The words are the body's the relative clause names: no one's, untagged.
 */
describe('a quotation inside a "whose <noun>" relative clause', () => {
  it('is not carried on to the speaker of the paragraph before', () => {
    const copy =
      'Councillor Edwin Tolliver said the new timetable would strand islanders. "Nobody asked us," Tolliver ' +
      'said.\n\nThe row is awkward for Governor Lydia Marsh, whose cabinet vowed in June to "put island routes ' +
      'first."';
    expect(speakers(copy)).toEqual([
      ['Nobody asked us,', 'Edwin Tolliver'],
      ['put island routes first.', null],
    ]);
  });

  it('control: a tag next to the quotation still names its speaker', () => {
    const copy =
      'The row is awkward for Governor Lydia Marsh, whose cabinet is under pressure. "We will put island routes ' +
      'first," Marsh said.';
    expect(speakers(copy)).toEqual([['We will put island routes first,', 'Lydia Marsh']]);
  });
});
