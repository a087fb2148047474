import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 55 (sp68b): issue 11's missed speakers — an inverted tag opening its sentence with an aside after the name,
// a pair of lone surnames as a tag's subject, and a compound adjective before a name. Invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const quoteSpeakers = (body: string): Array<string | null> => read(body).quotes.map((q) => q.speaker);

describe('an inverted tag opening the sentence ("Said Ann Lee, who …, "…"")', () => {
  it('credits the name after the verb over a person named inside the aside', () => {
    const body =
      'Crowds gathered at Walter Brennan’s old gym in Leith on Sunday.\n\n' +
      'The gym was sold last year. Said Marjorie Teller, who trained with Brennan in the old hall, “It felt like home.”';
    expect(quoteSpeakers(body).at(-1)).toBe('Marjorie Teller');
  });

  it('credits a person named only in that tag, printed without the verb', () => {
    const body = 'The gym was sold last year. Said Marjorie Teller, “It felt like home.”';
    expect(quoteSpeakers(body).at(-1)).toBe('Marjorie Teller');
  });

  it('keeps a given name shaped like the verb when another verb tags the quotation (control)', () => {
    const body = 'Said Jalili, the envoy, told reporters: “We are ready to talk.”';
    expect(quoteSpeakers(body).at(-1)).toBe('Said Jalili');
  });
});

describe('two lone surnames joined by "and" as the subject of a tag after the quotation', () => {
  it('credits the pair when each is a person the copy names in full', () => {
    const body =
      'Anna Greer, a councillor, and Tom Halvorsen, the mayor, backed the plan.\n\n' +
      '"We had no choice," Greer and Halvorsen said.';
    expect(quoteSpeakers(body).at(-1)).toBe('Anna Greer and Tom Halvorsen');
  });

  it.each([
    'Anna Greer, a councillor, backed the plan.\n\n"We had no choice," Greer and Halvorsen said.',
    '"We had no choice," Democrats and Republicans said.',
    '"We are pleased," Google and Apple said.',
  ])('credits no one otherwise: %s', (body) => {
    expect(quoteSpeakers(body).at(-1)).toBeNull();
  });
});

describe('a compound adjective before the speaker\'s name ("Ohio-based Ann Lee said")', () => {
  it('prints the name without it', () => {
    const body = '"The numbers are soft," Ohio-based Kevin Dorrance said. "He has time to recover."';
    expect(quoteSpeakers(body)).toEqual(['Kevin Dorrance', 'Kevin Dorrance']);
  });

  it('keeps a double-barrelled surname whole (control)', () => {
    expect(quoteSpeakers('"The numbers are soft," said Anne Lewis-Pratt, a strategist.')).toEqual(['Anne Lewis-Pratt']);
  });
});
