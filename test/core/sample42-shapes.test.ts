import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes hand-read sample 42 found (docs/hand-read-questions.md, "Sample 42", engine 66), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `33fb66e7`.
 */
const questionsOf = (body: string): string[] =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).questions.map((q) => q.text);

describe('a doubt is asked as a doubt, not as the doubter’s claim (#39)', () => {
  it('"expressed doubt that X" asks whether they are right to doubt X', () => {
    const qs = questionsOf('The White House expressed doubt that the ferry company had the money to build a new pier.');
    // Was "Is the White House right that the ferry company had the money to build a new pier?": the reverse of it.
    expect(qs).toContain('Is the White House right to doubt that the ferry company had the money to build a new pier?');
    expect(qs.join(' ')).not.toMatch(/right that the ferry company/);
  });

  it('control: "expressed concern that X" is shown as before, and a doubt with no that-clause asks nothing', () => {
    const concern = 'The White House expressed concern that the ferry company had the money to build a new pier.';
    expect(questionsOf(concern)).toContain(`Disputed: “${concern}”`);
    const about = 'The White House expressed doubts about the ferry company’s plan to build a new pier.';
    expect(questionsOf(about)).toContain(`Disputed: “${about}”`);
  });
});

describe('a claim noun’s relative "that" whose verb checks the claim is no claim (#49)', () => {
  it('"claims that the audit could not corroborate" is shown, not asked "Is it true that the audit could not corroborate?"', () => {
    const body =
      'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit could not corroborate.';
    const qs = questionsOf(body);
    expect(qs.join(' ')).not.toMatch(/that the board’s audit could not corroborate\?/);
    expect(qs).toContain(`Unverified: “${body}”`);
  });

  it('the verification template too ("Can the claim that the audit could not verify be independently verified?")', () => {
    const qs = questionsOf(
      'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit could not verify.',
    );
    expect(qs.join(' ')).not.toMatch(/could not verify be independently verified/);
  });

  it('control: a claim with its own object is still asked', () => {
    expect(
      questionsOf(
        'The harbour master has long maintained that she followed the port’s rules, claims that the board’s audit was flawed from the start.',
      ),
    ).toContain('Is it true that the board’s audit was flawed from the start?');
    expect(
      questionsOf(
        'The harbour master claims that the board’s audit had found no fault with the accounts. The Courier has not independently verified the claims.',
      ),
    ).toContain(
      "Can the harbour master's claim that the board’s audit had found no fault with the accounts be independently verified?",
    );
  });
});
