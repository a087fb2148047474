import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (...paragraphs: string[]) => analyzeArticle(paragraphs.join('\n\n'), { title: 'Tender under review' });
const stated = (...paragraphs: string[]) => read(...paragraphs).statements.map((s) => [s.speaker, s.text]);
const listed = (...paragraphs: string[]) => whoIsWho(read(...paragraphs)).people.map((p) => p.name);
const after = 'The county assembly will take up the matter on Thursday.';

/** Audit 53, B-a53-8: "told <Outlet> she had …" (no "that") reports a clause; the outlet only listens. */
describe('a capitalised listener then a subject pronoun opens what "told" reports', () => {
  it('credits the clause after "told Coastline she" and "told the Ledger they" to the one who told', () => {
    expect(stated('Water engineer Amara Njeri told Coastline she had not signed the tender.', after)).toEqual([
      ['Amara Njeri', 'she had not signed the tender'],
    ]);
    expect(stated('Harbour chief Tomas Brandt told the Ledger they would reopen the dock in June.', after)).toEqual([
      ['Tomas Brandt', 'they would reopen the dock in June'],
    ]);
    expect(listed('Water engineer Amara Njeri told Coastline she had not signed the tender.', after)).toEqual([
      'Amara Njeri',
    ]);
  });

  it('a listed listener reads as before, and a listener before no pronoun stays unread (control)', () => {
    expect(stated('Water engineer Amara Njeri told reporters she had not signed the tender.', after)).toEqual([
      ['Amara Njeri', 'she had not signed the tender'],
    ]);
    expect(stated('Water engineer Amara Njeri told Coastline that she had not signed the tender.', after)).toEqual([
      ['Amara Njeri', 'she had not signed the tender'],
    ]);
    expect(stated('Water engineer Amara Njeri told Coastline the tender was never signed.', after)).toEqual([]);
  });
});
