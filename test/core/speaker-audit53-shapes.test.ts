import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Audit 53's speaker findings B-a53-9 and B-a53-10, on invented copy written for the tests (near variants, not the
// audit's).
const analysis = (body: string) =>
  analyzeArticle(`Headline\n\nThe council approved the harbour plan on Tuesday.\n\n${body}`);

/** The speaker of the quote opening with `start`; undefined (no quote) fails every assertion below. */
const speakerOf = (body: string, start: string): string | null | undefined =>
  analysis(body).quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('a participle or a preposition aside between a described subject and its verb (B-a53-9)', () => {
  it('reads the subject before ", speaking on condition of anonymity,"', () => {
    const body = 'A trader at a rival bank, speaking on condition of anonymity, said the deal was "bold, but late."';
    expect(speakerOf(body, 'bold')).toBe('a trader at a rival bank');
  });

  it('reads a body before ", filing at …," and ", in a statement,"; a makerless document stays unattributed', () => {
    const filing =
      'The tenants\' union, filing at the Kessel district court on behalf of three tenants, states that the landlord "ignored every warning" about the roof.';
    expect(speakerOf(filing, 'ignored')).toBe("the tenants' union");
    // A document that names no maker prints no speaker, aside or not (session 53's sp66b: "the complaint" as "the report").
    const filed =
      'The complaint, filed at the Kessel district court on behalf of three tenants, states that the landlord "ignored every warning" about the roof.';
    expect(speakerOf(filed, 'ignored')).toBeNull();
    expect(speakerOf('The ministry, in a statement, said the plan was "a step forward for the port".', 'a step')).toBe(
      'the ministry',
    );
  });

  it('control: the same subjects with no aside, and an aside naming the subject ("identified as")', () => {
    expect(speakerOf('A trader at a rival bank said the deal was "bold, but late."', 'bold')).toBe(
      'a trader at a rival bank',
    );
    const body = 'The tenants\' union states that the landlord "ignored every warning" about the roof.';
    expect(speakerOf(body, 'ignored')).toBe("the tenants' union");
    const named = 'A man, identified as Tom Reyes, said the plan was "a step forward for the port".';
    expect(speakerOf(named, 'a step')).toBe('Tom Reyes');
  });
});

describe('"According to <description>, <Name>, <claim>" (B-a53-10)', () => {
  const apposed = 'According to the union’s general secretary, Paul Ndlovu, talks will resume on Monday.';
  it('gives the claim to the apposed name, with the description as its role, and starts the claim after it', () => {
    const a = analysis(apposed);
    expect(a.statements.map((s) => [s.text, s.speaker])).toContainEqual(['talks will resume on Monday', 'Paul Ndlovu']);
    expect(whoIsWho(a).people.find((p) => p.name === 'Paul Ndlovu')?.role).toBe('union’s general secretary');
  });

  it('control: the name is the claim’s subject when an age, a relative or a body source makes it so', () => {
    const aged = analysis('According to the coroner, Paul Ndlovu, 54, had drowned.');
    expect(aged.statements[0]?.text).toBe('Paul Ndlovu, 54, had drowned');
    expect(whoIsWho(aged).people.find((p) => p.name === 'Paul Ndlovu')?.role ?? null).toBeNull();
    const body = analysis('According to the council, Mayor Ruth Okafor, who backed the plan, will sign it on Friday.');
    expect(body.statements[0]?.speaker).toBe('the council');
  });

  it('control: a title before the name ("According to county coroner Dr Miriam Osei") was read before', () => {
    const a = analysis('According to county coroner Dr Miriam Osei, three of the victims had drowned.');
    expect(a.statements.map((s) => [s.text, s.speaker])).toContainEqual([
      'three of the victims had drowned',
      'Miriam Osei',
    ]);
  });
});
