import { describe, expect, it } from 'vitest';
import { modalClause } from '../../src/core/modal-clause';
import { isCleanQuestion } from '../../src/core/vet-question';
import { questionProblems } from '../support/question-grammar';
import { questionsOf } from '../support/questions-of';

/**
 * Shapes no template can phrase (the eleventh hand-read found them: docs/hand-read-questions.md, sample 11, engine
 * 25), in copy written for the test: each is shown as the flagged passage with its kind.
 */

describe('shapes shown as their passage', () => {
  it('a past verb before "plans to" makes "plans" its object: no subject, so no "Will …?"', () => {
    expect(modalClause('The council reiterated plans to close the depot')).toBeNull();
    expect(modalClause('The firm announced plans to build a second depot')).toBeNull();
    // The verb "plans" keeps its subject.
    expect(modalClause('The council plans to close the depot')).toMatchObject({ subject: 'The council' });
    const asked = questionsOf(
      'The council reiterated plans to close the depot next year, a spokesman said.',
      'The mayor dismissed the report as rubbish.',
    );
    expect(asked.join(' ')).not.toMatch(/Will the council reiterated/i);
    expect(asked.some((q) => q.startsWith('Pending: “The council reiterated plans'))).toBe(true);
  });

  it("a quotation's first or second person is never put in a reported charge", () => {
    const asked = questionsOf(
      'The depot is a scandal.',
      '"I think it shows how desperate the council is to stop us," Jo Banks said of the plan.',
    );
    expect(asked.join(' ')).not.toMatch(/charge that I think/);
    expect(asked.some((q) => q.startsWith('Disputed: “‘I think it shows'))).toBe(true);
    for (const q of asked)
      expect(questionProblems(q, '')).not.toContain('a quotation’s first or second person in a reported charge');
  });

  it("the writer's own forecast of an event is shown as its passage, not dropped nor phrased", () => {
    const asked = questionsOf(
      'Dock workers walked out at Felixstowe on Tuesday over pay.',
      'The dispute is likely to spread to other ports.',
    );
    expect(asked.some((q) => q.startsWith('Pending: “The dispute is likely to spread to other ports'))).toBe(true);
    expect(asked.join(' ')).not.toMatch(/Will the dispute spread/);
  });

  it('after do-support, a past verb coordinated by "but" is a splice', () => {
    const copy = 'Unions condemned the depot but praised the council who delayed it.';
    expect(
      isCleanQuestion('Why did unions condemn the depot but praised the council who delayed it?', copy, '', new Set()),
    ).toBe(false);
    expect(isCleanQuestion('Why did unions condemn the depot?', copy, '', new Set())).toBe(true);
  });
});
