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
    expect(qs).toContain('Will the harbour master say when the crossings would resume?');
  });
});
