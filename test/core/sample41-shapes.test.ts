import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes hand-read sample 41 found (docs/hand-read-questions.md, "Sample 41", engine 65), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `820eab20`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

describe('a claim whose quotation closes after its comma ends before the participle that follows (#23)', () => {
  it('the closing mark is kept, the comma and the main clause’s "saying …" are not', () => {
    const qs = questionsOf(
      'Gov. Ellen Marsh on Monday blamed the media for making an issue out of Tom Reed’s claim that Mayor Alan Ferris “bribed the inspectors,” saying they were fussing over Reed’s wording while missing the larger point of his remarks.',
    );
    // Was "Is it true that Mayor Alan Ferris “bribed the inspectors,” saying they were fussing over …?".
    expect(qs).toContain('Is it true that Mayor Alan Ferris “bribed the inspectors”?');
    expect(qs.join(' ')).not.toMatch(/saying they were fussing/);
  });

  it('straight quotation marks too', () => {
    const qs = questionsOf(
      'Gov. Ellen Marsh on Monday blamed the media for making an issue out of Tom Reed’s claim that Mayor Alan Ferris "bribed the inspectors," saying they were fussing over Reed’s wording while missing the larger point of his remarks.',
    );
    expect(qs).toContain('Is it true that Mayor Alan Ferris "bribed the inspectors"?');
  });

  it('control: with no quotation the claim already ended at the comma', () => {
    const qs = questionsOf(
      'Gov. Ellen Marsh on Monday blamed the media for making an issue out of Tom Reed’s claim that Mayor Alan Ferris bribed the inspectors, saying they were fussing over Reed’s wording while missing the larger point of his remarks.',
    );
    expect(qs).toContain('Is it true that Mayor Alan Ferris bribed the inspectors?');
  });
});

describe('a bare "when" that asks of the clause before it is no question of its own (#33)', () => {
  it('"… but she did not say when." shows the passage, not "Will the harbour master say when?"', () => {
    const body = 'The harbour master said the ferry captain stopped the night crossings, but she did not say when.';
    const qs = questionsOf(body);
    expect(qs).not.toContain('Will the harbour master say when?');
    expect(qs).toContain(`Not known: “${body}”`);
  });

  it('control: a "when" with its clause is still asked', () => {
    const qs = questionsOf(
      'The harbour master said the ferry captain stopped the night crossings, but she did not say when the crossings would resume.',
    );
    expect(qs).toContain('Will the harbour master say when the crossings will resume?');
  });
});

describe('a question cut inside a superlative’s or ordinal’s noun phrase shows its passage (#32)', () => {
  it('"… the first harbour board chair…?" (cut before "to face a rival …") is not asked', () => {
    const body =
      'The chair reportedly wants the angry ferry workers back on her side without a row as she becomes the first harbour board chair to face a rival who once worked for her.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/the first harbour board chair…\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  // Session 50 (sample48b): every question cut to its budget is shown as its passage (question-cut.ts).
  it('a cut inside a plain noun phrase shows its passage too', () => {
    const body =
      'The chair reportedly wants the angry ferry workers back on her side without a row as she becomes the new harbour board chair with a rival who once worked for her.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/…\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });
});

describe('a question cut right after a subject pronoun shows its passage (met reading #32’s class in the corpus)', () => {
  it('"… the very warm welcome she…?" (cut before "gave them …") is not asked', () => {
    const body =
      'The chair reportedly wants the angry young ferry workers back on her own side without a row after the very warm welcome she gave them when they marched to the harbour office.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/welcome she…\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('a cut after a noun shows its passage too', () => {
    const body =
      'The chair reportedly wants the angry young ferry workers back on her own side without a row after the very warm welcome party they held for her at the harbour office.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/…\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });
});

describe('a fronted source’s post in apposition is no part of the claim (met reading the corpus’s cut questions)', () => {
  it('"According to Nadia Kerr, the trust’s ferry services director, the company has …" asks of the company', () => {
    const qs = questionsOf(
      'According to Nadia Kerr, the trust’s ferry services director, the company has quietly cut night crossings to the islands in each of the last three winters.',
    );
    // Was "… confirm that the trust’s ferry services director, the company has quietly cut …?".
    expect(qs).toContain(
      'Can anyone besides Nadia Kerr confirm that the company has quietly cut night crossings to the islands in each of the last three winters?',
    );
  });

  it('control: a clause after the source’s comma stays the claim', () => {
    const qs = questionsOf(
      'According to Nadia Kerr, the board hired a new director, and the company has quietly cut night crossings to the islands in each of the last three winters.',
    );
    expect(qs).toContain('Can anyone besides Nadia Kerr confirm that the board hired a new director?');
  });
});
