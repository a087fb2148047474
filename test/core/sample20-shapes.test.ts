import { describe, expect, it } from 'vitest';
import { lowerStart } from '../../src/core/lower-start';
import type { PhraseContext } from '../../src/core/phrase-question';
import { vagueSource } from '../../src/core/phrase-question';
import { reportedClause } from '../../src/core/question-clauses';
import { contested } from '../../src/core/source-questions';
import { isCleanQuestion } from '../../src/core/vet-question';

/**
 * The ungrammatical shapes hand-read sample 20 found (docs/hand-read-questions.md, "Sample 20", engine 40), each in
 * copy written for the test: the hearer of "told" spliced into the claim after the template's "say" (#9, "Which
 * sources say NBC that this week's address …"), and a hyphenated opener's capital kept mid-question because its
 * prefix ends like a demonym (#17, "Are Anti-virus firms right that …").
 */

function context(text: string, names: string[] = []): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(names) };
}

describe('"told" takes its hearer and "that" with it (#9)', () => {
  it.each([
    [
      'A ferry company source told the Gazette that next week’s vote will settle the levy.',
      'next week’s vote will settle the levy',
    ],
    ['A harbour official told reporters that the quay would close in May.', 'the quay would close in May'],
    [
      'One council source told The Dover Express on Monday that the levy would be dropped.',
      'the levy would be dropped',
    ],
    ['A port source told him that the ferry had been sold.', 'the ferry had been sold'],
    // A pronoun or "reporters" is the whole hearer, "that" or not.
    ['Officials told reporters the quay would close in May.', 'the quay would close in May'],
    ['The mayor told the council that the levy was fair and would stay.', 'the levy was fair and would stay'],
  ])('the claim starts after "that": %s', (text, claim) => {
    expect(reportedClause(text)).toBe(claim);
  });

  it('the question asks which sources, not which sources "say the Gazette"', () => {
    const question = vagueSource(
      context('A ferry company source told the Gazette that next week’s vote will settle the levy.', ['Gazette']),
    );
    expect(question).toBe('Which sources say next week’s vote will settle the levy, and can they be named?');
  });

  it.each([
    // Controls: the attributions the strip already read stay as they were.
    ['A harbour official said that the quay would close in May.', 'the quay would close in May'],
    ['A source said the ferry had been sold.', 'the ferry had been sold'],
  ])('control: %s', (text, claim) => {
    expect(reportedClause(text)).toBe(claim);
  });

  it.each([
    ['Which sources say NBC that the speech will attack the levy, and can they be named?', 'A source told NBC that …'],
    [
      'Which officials say reporters that the quay will close, and can they be named?',
      'Officials told reporters that …',
    ],
  ])('the vetting refuses a hearer left after "say": %s', (question, copy) => {
    expect(isCleanQuestion(question, `${copy} the speech will attack the levy. the quay will close.`)).toBe(false);
  });

  it('the vetting keeps "say" before a claim whose subject carries a relative "that"', () => {
    const copy = 'Analysts say the deal that was signed in May will collapse.';
    expect(
      isCleanQuestion('Which analysts say the deal that was signed in May will collapse, and can they be named?', copy),
    ).toBe(true);
  });
});

describe('a hyphenated opener loses its sentence capital (#17)', () => {
  it.each([
    ['Anti-virus firms', 'anti-virus firms'],
    ['Multi-state studies', 'multi-state studies'],
    ['Semi-official reports', 'semi-official reports'],
    // Before a name the prefix is still lower case ("anti-Trump", "pro-Brexit", "post-Brexit").
    ['Anti-Trump protesters', 'anti-Trump protesters'],
    ['Pro-Brexit campaigners', 'pro-Brexit campaigners'],
  ])('%s -> %s', (text, lowered) => {
    expect(lowerStart(text, new Set())).toBe(lowered);
  });

  it.each([
    // Controls: a demonym keeps its capital, hyphenated or not; a name made with a hyphen keeps it too.
    ['Iraqi-born doctors', 'Iraqi-born doctors'],
    ['Israeli officials', 'Israeli officials'],
    ['Ex-Im Bank officials', 'Ex-Im Bank officials'],
    ['Pan-American highway', 'Pan-American highway'],
    ['Low-cost airlines', 'low-cost airlines'],
  ])('control: %s stays %s', (text, kept) => {
    expect(lowerStart(text, new Set())).toBe(kept);
  });

  it('"Are … right that" asks of anti-virus firms in lower case', () => {
    const text = 'Anti-virus firms speculate that this ability is helping the program spread widely online.';
    expect(contested(context(text))).toBe(
      'Are anti-virus firms right that this ability is helping the program spread widely online?',
    );
  });

  it('the vetting refuses the prefix left capitalised after the frame when the copy has it only at an opening', () => {
    const copy = 'Anti-virus firms speculate that this ability is helping the program spread widely online.';
    expect(
      isCleanQuestion(
        'Are Anti-virus firms right that this ability is helping the program spread widely online?',
        copy,
      ),
    ).toBe(false);
  });
});
