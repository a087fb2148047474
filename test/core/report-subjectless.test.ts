import { describe, expect, it } from 'vitest';
import { isCleanQuestion } from '../../src/core/vet-question';
import { questionsOf } from '../support/questions-of';

/**
 * The report template ("Has anyone confirmed the report that …?") filled with words that have no subject of their
 * own (gram16's note, issue #13): the copy's report verb sits in a relative clause whose head is the subject, or
 * the words open on an adverb and a finite verb. The flagged passage is shown instead.
 */
describe('the report template refuses a clause with no subject', () => {
  it.each([
    'The council called an emergency meeting to discuss the launch, which state news media claimed now allows the navy to reach the northern islands within a day.',
    'The board met on Monday to review the new ferry, which local news media claimed recently carried the first cars to the island without a licence.',
    'The ferry firm was sold to Mark Doyle, whom local news reports identify as the mayor’s brother-in-law and a former harbour board member.',
  ])('no question opens its clause on the verb: %s', (sentence) => {
    const questions = questionsOf(sentence);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions)
      expect(q).not.toMatch(/\bthe report that (?:[a-z]+ly |now |recently )?[a-z]+(?:s|ed|fy)\b/);
  });

  it('the vetting refuses an adverb and a finite verb after "that" whatever the copy', () => {
    const copy = 'The harbour board said the new rule now allows the ferry to sail at night.';
    expect(isCleanQuestion('Has anyone confirmed the report that now allows the ferry to sail at night?', copy)).toBe(
      false,
    );
    const other = 'Traders said the levy already has the support of the council.';
    expect(isCleanQuestion('Has anyone confirmed the report that already has the support of the council?', other)).toBe(
      false,
    );
  });

  it('keeps a clause with its subject, the report verb outside a relative clause, or a subject after the verb', () => {
    const plain = 'The Gazette reported that traders would close their shops on Friday in protest at the levy.';
    expect(
      isCleanQuestion(
        'Has anyone confirmed the report that traders would close their shops on Friday in protest at the levy?',
        plain,
      ),
    ).toBe(true);
    const adverbSubject = 'The Herald reported that now the harbour allows ferries to sail at night.';
    expect(
      isCleanQuestion(
        'Has anyone confirmed the report that now the harbour allows ferries to sail at night?',
        adverbSubject,
      ),
    ).toBe(true);
    const noThat = 'The Post reported the council already plans to sell the pier to a hotel group next spring.';
    expect(
      isCleanQuestion(
        'Has anyone confirmed the report that the council already plans to sell the pier to a hotel group?',
        noThat,
      ),
    ).toBe(true);
  });

  it.each([
    'The Gazette reported that morning Council leader Smith resigns after depot vote, in a story it later corrected.',
    'The Herald reported that week the harbour board had sold the pier to a hotel group for £2m.',
  ])('a report dated "that morning/week" is no report that the time noun opens: %s', (sentence) => {
    const questions = questionsOf(sentence);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q).not.toMatch(/\bthe report that (?:morning|week)\b/);
  });

  it("keeps a time noun that is the clause's subject", () => {
    expect(
      questionsOf(
        'The Herald reported that time is running out for the harbour board to sell the pier to a hotel group.',
      ),
    ).toContain(
      'Has anyone confirmed the report that time is running out for the harbour board to sell the pier to a hotel group?',
    );
  });
});
