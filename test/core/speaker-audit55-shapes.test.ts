import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Session 54 (fix54a): the shapes of audit 55's issue-11 must-fixes, on invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const quoteSpeakers = (body: string): Array<string | null> => read(body).quotes.map((q) => q.speaker);
const statementSpeakers = (body: string): string[] => read(body).statements.map((s) => s.speaker);
const people = (body: string): string[] => whoIsWho(read(body)).people.map((p) => p.name);

describe('"A spokesman for <Title> <Name> said" (B-a55-23)', () => {
  it.each([
    'A spokeswoman for Harbour Minister Ruth Kemble said the minister was "watching the tides closely".',
    'A spokesman for state Treasury Secretary Amos Vail says the office is "still counting the cost".',
  ])('never credits the principal: %s', (body) => {
    const [speaker] = quoteSpeakers(body);
    expect(speaker).not.toMatch(/^(?:Ruth Kemble|Amos Vail)$/);
    expect(speaker ?? '').toMatch(/^(?:a spokes(?:wo)?man for\b|$)/i);
  });

  it('keeps a capitalised title before the preposition as the speaker’s own (control)', () => {
    expect(quoteSpeakers('Chief of Harbour Operations Adm. Ruth Kemble said the fleet was "ready to sail".')).toEqual([
      'Ruth Kemble',
    ]);
  });
});

describe('an outlet after "obtained by" / "reviewed by" (B-a55-17)', () => {
  const body =
    'Ledgers obtained by Brother Thackwell show that the port authority paid a dredging firm twice.\n\n' +
    'According to invoices reviewed by Brother Thackwell, the firm billed for 300 days it never worked.\n\n' +
    'The authority did not respond until Brother Thackwell contacted its office.';

  it('makes no person of the outlet, and gives it no statement', () => {
    expect(people(body)).not.toContain('Brother Thackwell');
    expect(statementSpeakers(body)).not.toContain('Thackwell');
  });

  it('keeps a person named with a given name there (control)', () => {
    const named = 'Ledgers reviewed by Karen Stiles show the firm was paid twice.\n\n"It is damning," Stiles said.';
    expect(people(named)).toContain('Karen Stiles');
    expect(quoteSpeakers(named)).toEqual(['Karen Stiles']);
  });

  // Review 55 B-r55-6: a given name outside the first-name tables lost the person to the outlet reading.
  it.each([
    'Ledgers reviewed by Obiageli Nwankwo show the firm was paid twice.\n\n"It is damning," Nwankwo said.',
    'Ledgers obtained by Obiageli Nwankwo show the firm was paid twice.\n\nObiageli Nwankwo is a retired auditor. "It is damning," she said.',
    'Ledgers obtained by Obiageli Nwankwo, a former auditor, show the firm was paid twice.\n\n"It is damning," she said.',
  ])('keeps a person the copy treats as one, whatever the given name: %s', (body) => {
    expect(quoteSpeakers(body)).toEqual(['Obiageli Nwankwo']);
  });

  it('control: the outlet with no person evidence stays no person', () => {
    const outlet = `${body}\n\n"We checked every invoice," the authority said.`;
    expect(people(outlet)).not.toContain('Brother Thackwell');
  });
});

describe('"At <Place>, an adviser …, who asked not to be named, said" (B-a55-12)', () => {
  const body =
    'At Vellacourt, an adviser to the Harbour Master, who asked not to be named, said the plan was "far from ' +
    'settled".\n\n"We will not sign a blank cheque," the adviser said.';

  it('makes no person of the place and credits the unnamed adviser', () => {
    expect(people(body)).not.toContain('Vellacourt');
    const speakers = quoteSpeakers(body);
    expect(speakers).not.toContain('Vellacourt');
    // Session 61 (sp76, B-a62-18): "the adviser" takes up the description the copy introduced the source with.
    expect(speakers[1]).toBe('an adviser to the Harbour Master');
  });
});

describe('"the <Office> told" (B-a55-7)', () => {
  const body =
    'But Warden of the parish, Mrs Hyacinth Barrow-Pennant, who chairs the residents’ panel, wants a rebuild.\n\n' +
    '"The children will walk the extra mile," the Warden told The Star on Monday.\n\n' +
    'Mrs Barrow-Pennant said she had written to the minister twice.';

  it('reads the office as no second person', () => {
    expect(people(body)).toEqual(['Hyacinth Barrow-Pennant']);
    expect(quoteSpeakers(body)).not.toContain('Warden');
  });
});

describe('"<Family-name> said. / She said …" after a family-name-first full name (B-a55-1)', () => {
  const body =
    'Governor Park Min-jae said the forecast was sound.\n\n' +
    'Lee Soo-ah, a lecturer in shipping at Pusan College, said both sides had a point. "The figure was always ' +
    'going to move," Lee said.\n\n' +
    'She said the real test was whether any line would sign up. "A port without ships is a museum," she said.';

  it('gives the pronoun to the person the surname-only tag named, not an older speaker', () => {
    expect(quoteSpeakers(body)).toEqual(['Lee Soo-ah', 'Lee Soo-ah']);
    expect(statementSpeakers(body).at(-1)).toBe('Lee Soo-ah');
  });
});

describe('"adds up to" is no saying verb (B-a55-18)', () => {
  it.each([
    'Over two winters, the overspend adds up to nearly $3.2 million.',
    'In the end, the delay added to the pressure on the mayor.',
  ])('makes no statement: %s', (body) => {
    expect(read(body).statements).toEqual([]);
  });

  it('keeps "added" as a tag (control)', () => {
    expect(statementSpeakers('The new fees would fall hardest on renters, Mayor Tom Reddy added.')).toEqual([
      'Tom Reddy',
    ]);
  });
});
