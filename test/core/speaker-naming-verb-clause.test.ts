import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Issue 11: a quotation inside the clause of a named subject's verb of communication ("called X a "…"", "sniped
// that X was "…"") is the subject's, though no reporting verb or tag introduces it (naming-clause-speaker.ts).
function speakerOf(body: string, start: string): string | null | undefined {
  const quote = analyzeArticle(`Council budget row\n\n${body}`).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

const LEAD = 'Councillor Ivo Brandt told reporters the budget was "fair and overdue."';

describe('a quotation in the clause of a named subject’s verb of communication', () => {
  it('gives "sniped that Brandt, a first-term councillor, was "…"" to the one who sniped, not the one judged', () => {
    const body = `${LEAD} Mayor Dana Kowalczyk, who chairs the finance board, sniped that Brandt, a first-term councillor, was "learning the job on our money."`;
    expect(speakerOf(body, 'learning')).toBe('Dana Kowalczyk');
  });

  it('gives the second quotation of "called Brandt "…" who is acting "…"" to the same subject', () => {
    const body = `${LEAD} Mayor Dana Kowalczyk called Brandt "a careless gambler" who is acting "as if the treasury were his own purse."`;
    expect(speakerOf(body, 'as if')).toBe('Dana Kowalczyk');
    // Control: the first quotation, next to the verb, was hers before.
    expect(speakerOf(body, 'a careless')).toBe('Dana Kowalczyk');
  });

  it('keeps what passed before: "described … as "…"" and a relative "which Brandt called "…""', () => {
    const described = `${LEAD} Mayor Dana Kowalczyk, who chairs the finance board, described the levy as "a careless gamble with our savings."`;
    expect(speakerOf(described, 'a careless')).toBe('Dana Kowalczyk');
    const relative = `${LEAD} Mayor Dana Kowalczyk, who chairs the finance board, voted for the levy, which Brandt called "a careless gamble with our savings."`;
    expect(speakerOf(relative, 'a careless')).toBe('Ivo Brandt');
  });

  it('leaves a clause reported by a speaker further out to that speaker ("said Kowalczyk has pushed … to be "…"")', () => {
    const body = `The council met on Tuesday. Councillor Ivo Brandt, who sits on the finance board, said Mayor Dana Kowalczyk has pushed the treasurer to be "more careful with the reserves."`;
    expect(speakerOf(body, 'more careful')).toBe('Ivo Brandt');
  });
});
