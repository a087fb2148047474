import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Session 54 (sp67b): audit 55's unattributed partial quotations and joint speakers, on invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const quoteSpeakers = (body: string): Array<string | null> => read(body).quotes.map((q) => q.speaker);

describe('"She describes X as "…"" after a sentence naming her (B-a55-24)', () => {
  const lead = "The pilots union's state secretary, Dora Venn, says pilots have been moved to the north wharves.\n\n";

  it.each([
    'She describes the move as "a shambles of the board\'s own making".',
    'She called it "a betrayal of every pilot on the river".',
    'He labels the plan "a betrayal of every pilot on the river".',
  ])('credits the pronoun’s antecedent: %s', (second) => {
    const body = second.startsWith('He') ? lead.replace('Dora', 'Tom') : lead;
    expect(quoteSpeakers(body + second).at(-1)).toMatch(/^(?:Dora|Tom) Venn$/);
  });

  it.each([
    'She was described as "a shambles of the board\'s own making".',
    'The man whom she called "a betrayal of every pilot" left.',
    'She called for "a full inquiry into the board".',
  ])('reads no describing tag in a passive, a relative or "called for": %s', (second) => {
    expect(quoteSpeakers(lead + second).at(-1) ?? null).not.toBe('Dora Venn');
  });
});

describe('"…," A and B said in a joint statement (sp67)', () => {
  it('credits the pair of full names', () => {
    const body =
      'Anna Greer and Tom Halvorsen sit on the harbour board.\n\n' +
      '"The levy is unfair and must go," Anna Greer and Tom Halvorsen said in a joint statement.';
    expect(quoteSpeakers(body).at(-1)).toBe('Anna Greer and Tom Halvorsen');
  });

  it('makes no speaker of two groups joined by "and" (control)', () => {
    expect(quoteSpeakers('Voters were split.\n\n"The levy is unfair," Democrats and Republicans said.')).toEqual([
      null,
    ]);
  });
});

describe('"<Title of X and Y> <Family Given-given> told" (B-a55-2)', () => {
  const body =
    'Deputy Minister of Harbours and Fisheries Song Ha-eun told reporters in Mokpo that the ministry needed "more ' +
    'time to check the tide figures".\n\n"We cannot promise anything yet," Song said.';

  it('keeps the title out of the name and reads it as the role', () => {
    const analysis = read(body);
    expect(analysis.quotes[0]?.speaker).toBe('Song Ha-eun');
    const person = whoIsWho(analysis).people.find((p) => p.name === 'Song Ha-eun');
    expect(person?.role).toBe('Deputy Minister of Harbours and Fisheries');
  });
});
