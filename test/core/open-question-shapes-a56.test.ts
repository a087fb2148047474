import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findCues } from '../../src/core/question-cues';

// Audit 56 (session 55, fix55c): the open-question shapes of B-a56-17 and B-a56-18, on invented copy of each shape.

const questions = (body: string) => analyzeArticle(`Harbour row deepens\n\n${body}`).questions.map((q) => q.text);

describe('a whether-clause held back asks itself, plainly (B-a56-17)', () => {
  it('a passive perfect after "any" (fails on "Is it the case that …, and will … say?")', () => {
    const asked = questions(
      'The harbour trust lost two cranes in the storm. Port director Ana Ruiz did not say when the review would end or whether any officers had been moved to other duties.',
    );
    expect(asked.some((q) => q.startsWith('Have any officers been moved to other duties?'))).toBe(true);
    expect(asked.join(' ')).not.toMatch(/Is it the case that/);
  });

  it('"had" before a determiner is possession, asked in the present', () => {
    const asked = questions(
      "The quarry draws water from the river. Council leader Mia Holt would not say whether the council had its own count of the quarry's use.",
    );
    expect(asked.some((q) => q.startsWith("Does the council have its own count of the quarry's use?"))).toBe(true);
  });

  it('a bare "how much" leading a list shows the passage, never "Will X say how much, or …"', () => {
    const asked = questions(
      'Ms Lowe said the ministry had offered the trust extra money for dredging, but would not say how much, or whether the money had been paid.',
    );
    expect(asked.some((q) => /^Will .* say how much, or/.test(q))).toBe(false);
  });

  it('a plural person noun heading the subject takes "Are" and loses its capital', () => {
    const asked = questions(
      'The trial opened on Monday. Lawyers for Brightline argued that the files were old drafts and that the engineers had deleted nothing.',
    );
    expect(asked.some((q) => q.startsWith('Are lawyers for Brightline right that'))).toBe(true);
  });
});

describe('a question put and deferred, or no one able to say, is open (B-a56-18)', () => {
  it.each([
    [
      'Asked whether the council would cover the fines owed to the ferry firm, the mayor said it was "too early to talk about money."',
      'Will the council cover the fines owed to the ferry firm?',
    ],
    [
      "The minister spoke for an hour. Whether the board would accept a later deadline for the works, she said, was 'a matter for the trustees, not for me.'",
      'Will the board accept a later deadline for the works?',
    ],
  ])('%s', (body, asked) => {
    expect(questions(body).some((q) => q.startsWith(asked))).toBe(true);
  });

  it('"Nobody … can say how much …" asks what is unknown', () => {
    const asked = questions(
      'The quarry has run for a decade. Nobody in Dunmore can say how much stone the quarry actually ships.',
    );
    expect(asked.some((q) => q.startsWith('Who can say how much stone the quarry actually ships?'))).toBe(true);
  });

  it('an answered "Asked whether …" is no open question', () => {
    const asked = questions(
      'Asked whether the council would cover the fines, the mayor said it would, from its reserves.',
    );
    expect(asked.join(' ')).not.toMatch(/Will the council cover the fines\?/);
  });
});

describe('a plan heading the subject of a past event is not pending (B-a56-18)', () => {
  it.each([
    "The ministry's plan to close the depot by 2030 drew a storm of protest in the assembly on Tuesday, with members warning it could cost jobs.",
    'Plans to merge the two schools have sparked angry exchanges at the town hall.',
  ])('%s', (text) => {
    expect(findCues(text).map((c) => c.shape)).not.toContain('plan');
  });

  it.each([
    'Plans to merge the two schools will be decided in May.',
    'The plan to close the depot is due to go to a vote.',
    'The council plans to close the depot next year.',
  ])('still pending: %s', (text) => {
    expect(findCues(text).map((c) => c.shape)).toContain('plan');
  });
});
