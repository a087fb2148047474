import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Issue 11, session 61: a form of address no table holds before a name, a quotation carried over a paragraph break
 * with a sentence after its last mark, and a place in a role's object whose first word is a place word. Copy written
 * for the test.
 */
const analyze = (...paragraphs: string[]) =>
  analyzeArticle(['Ferry fares to rise', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const OPENING = 'Ferry fares on the island routes will rise by a fifth in April, the port board said on Monday.';
const said = (a: ReturnType<typeof analyze>) => a.quotes.map((q) => [q.speaker, q.text]);

describe('a form of address no table holds before a name the copy shortens (B-a61-8)', () => {
  const relative = 'Pier councillor Tan Sri Ong Wei Ming, who is also the board’s deputy chairman, said the rise was';
  it('credits the name the copy goes on to use, past the relative clause', () => {
    const a = analyze(OPENING, `${relative} “hard but unavoidable this year.”`, '“We had no other choice,” Ong said.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ong Wei Ming', 'Ong Wei Ming']);
  });

  it('a form of address of one word glued to a four-word run: the later mention opens the name', () => {
    const a = analyze(
      OPENING,
      'Island assemblyman Datuk Ong Wei Ming said the fares were “a tax on islanders.”',
      '“Show us the figures,” Ong said.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ong Wei Ming', 'Ong Wei Ming']);
  });

  it('control: without a second mention the copy gives no evidence where the name opens, and no name is cut out', () => {
    const a = analyze(OPENING, `${relative} “hard but unavoidable this year.”`);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker).not.toBe('Ong Wei Ming');
  });
});

describe('a quotation over a paragraph break (B-a61-6)', () => {
  it("keeps the sentence after the last mark and gives the next paragraph's quotation to the same speaker", () => {
    const a = analyze(
      OPENING,
      'Morag Kerr, who runs the island shop, said the rise would hurt.',
      '“I cross twice a week for stock,” she said. “The fare is already half my margin. It cannot go higher.',
      '“The board speaks of cost recovery as though islands were a line in a ledger. Nobody asked us.”',
    );
    const kerr = said(a).filter(([speaker]) => speaker === 'Morag Kerr');
    expect(kerr.map(([, text]) => text).join(' ')).toContain('It cannot go higher.');
    expect(said(a).some(([speaker, text]) => speaker !== 'Morag Kerr' && /Nobody asked us/.test(text!))).toBe(false);
    expect(kerr.some(([, text]) => /Nobody asked us/.test(text!))).toBe(true);
  });

  it('control: a closed quotation before a new paragraph stays its own', () => {
    const a = analyze(
      OPENING,
      '“I cross twice a week for stock,” Morag Kerr said. “The fare is already half my margin.”',
      'The board did not answer questions about the timetable.',
    );
    expect(said(a).map(([, text]) => text)).not.toContain(expect.stringMatching(/timetable/));
  });
});

describe('descriptions and role objects (issue 11)', () => {
  it('keeps a number opening the description: "One official in Brussels said"', () => {
    const a = analyze(OPENING, 'One official in Lerwick said the plan was “not serious and not new.”');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['one official in Lerwick']);
  });

  it('"Governor of North Kivu Carly Nzanzu": the name is the given name on, not glued to the place', () => {
    const a = analyze(OPENING, 'Governor of South Lakeland Carly Mbeki said the fares were “a tax on islanders.”');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Carly Mbeki']);
  });
});
