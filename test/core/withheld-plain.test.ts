import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { didQuestion } from '../../src/core/did-question';
import { namedWithheld } from '../../src/core/withheld-whether';

// sample51b (session 53): a whether-clause held back asks plainly when its parts allow (audit 54's B-a54-20), and a
// statement that did not say whether is asked without "will the statement say" (B-a54-22). Invented copy.

const questions = (body: string) => analyzeArticle(`Council row deepens\n\n${body}`).questions.map((q) => q.text);

describe('a named subject held back asks a plain question (fails on the old "Is it the case that …" frame)', () => {
  it.each([
    [
      'A council spokeswoman, Ida Marsh, declined to say whether Mayor Tom Vale supported the harbour plan. Work goes on.',
      'Did Mayor Tom Vale support the harbour plan?',
    ],
    [
      'The press office declined to say whether Greta Lind has signed the lease for the depot. Work goes on.',
      'Has Greta Lind signed the lease for the depot?',
    ],
  ])('%s', (body, asked) => {
    expect(questions(body)).toContain(asked);
  });

  it('a statement is no one to "say" later: the frame drops its tail', () => {
    const asked = questions(
      'The board said on Friday that talks were ongoing. The statement did not say whether the depot would close in May.',
    );
    expect(asked).toContain('Will the depot close in May?');
    expect(asked.join(' ')).not.toMatch(/will the statement say/);
  });
});

describe('didQuestion builds from the parts or gives none', () => {
  it.each([
    ['Kern supported the approach', 'Did Kern support the approach?'],
    ['Rosenthal backed the employment condition', 'Did Rosenthal back the employment condition?'],
    ['Ann Lee hoped to run again', 'Did Ann Lee hope to run again?'],
    ['Ann Lee planned a visit', 'Did Ann Lee plan a visit?'],
    ['Ann Lee still supports the bill', 'Does Ann Lee still support the bill?'],
    ['Ann Lee met the donors', 'Did Ann Lee meet the donors?'],
    ['Ann Lee was hoping to run', 'Was Ann Lee hoping to run?'],
  ])('%s', (clause, asked) => {
    expect(didQuestion(clause)).toBe(asked);
  });

  it.each([
    'Ann Lee planned a visit or hoped to send an envoy', // a second verb the base would alter
    'Ann Lee has a plan for the depot', // "has" no auxiliary here
    'The board supported the plan', // no name as subject
    'He supported the plan',
    'Ann Lee had the plan',
  ])('%s: none', (clause) => {
    expect(didQuestion(clause)).toBeNull();
  });

  it('namedWithheld rewrites only the withheld frame', () => {
    expect(namedWithheld('Is it the case that Ann Lee backed the plan, and will her aides say?')).toBe(
      'Did Ann Lee back the plan?',
    );
    expect(namedWithheld('Is it the case that Ann Lee backed the plan?')).toBe(
      'Is it the case that Ann Lee backed the plan?',
    );
  });
});
