import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp72), audit 59's B-a59-14: `X said … that <Y> had promised to "<partial>"` — the quoted words are
// the reported promise's, so they are Y's, not X's. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['Budget talks stall', ...lines].join('\n\n')).quotes.at(-1)?.speaker;

describe('a quotation inside a promise reported by someone else', () => {
  it('credits the named subject of the reported promise', () => {
    const line = 'Mayor Ruth Okoro said that Tomas Ruiz had promised to "review the figures again."';
    expect(speakerOf('Finance minister Tomas Ruiz met the mayors on Monday.', line)).toBe('Tomas Ruiz');
  });

  it('credits the one person whose role the subject names', () => {
    expect(
      speakerOf(
        'Economy Minister Pablo Ferrer Ruiz met the mayors on Monday.',
        'Mayor Ruth Okoro said she had phoned Ferrer Ruiz and that the minister had promised to "look at the numbers."',
      ),
    ).toBe('Pablo Ferrer Ruiz');
  });

  it('leaves a pronoun of the other sex unattributed', () => {
    expect(
      speakerOf('Councillor Ruth Okoro said she had met the harbour master and that he had promised to "look again."'),
    ).toBeNull();
  });

  it('control: the reporter speaking of her own promise keeps the quotation', () => {
    expect(speakerOf('Councillor Ruth Okoro said she had promised to "look again at the rota."')).toBe('Ruth Okoro');
  });

  // Session 60 (sp74), audit 60's B-a60-14: a thing's clause and a quoted time phrase are the reporter's words.
  it('credits the reporter when a thing reports and the quotation is a time phrase', () => {
    const line = 'Transport Minister Lena Price said in June that the inquiry would report "by the end of the year."';
    expect(speakerOf('The port plan has stalled again.', line)).toBe('Lena Price');
  });

  it('control: a person subject of the reported clause keeps the quotation from the reporter', () => {
    const line = 'Mayor Ruth Okoro said that the minister would report "within weeks."';
    expect(speakerOf('The port plan has stalled again.', line)).toBeNull();
  });
});
