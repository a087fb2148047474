import { describe, expect, it } from 'vitest';
import { cutClause } from '../../src/core/question-clauses';
import { questionsOf } from '../support/questions-of';

const LEAD = 'The island ferry caught fire on Sunday.';

describe('audit 48, B-a48-7: an unverified question is not cut inside an aside', () => {
  it('drops a past-participle aside ending on a "Place, Country" pair, keeping the subordinate clause its verb', () => {
    const q = questionsOf(
      LEAD,
      'The blaze began in the rear boiler room as the old ferry, bound for Kells, Ireland, was leaving the harbour shortly before dawn, according to fire officer Dara Quist.',
    );
    expect(q).toContain(
      'Can anyone besides fire officer Dara Quist confirm that the blaze began in the rear boiler room as the old ferry was leaving the harbour shortly before dawn?',
    );
  });
  // Session 50 (sample48b): a question cut to its budget ("… the busy harbour shortly…?", "before dawn" lost) is shown
  // as its passage (question-cut.ts), so neither a cut nor a verbless end is asked.
  it('never ends on a subordinate clause that has no verb yet, nor on a budget cut', () => {
    const claim =
      'The blaze began in the rear boiler room when the old ferry, already two hours late, was leaving the busy harbour shortly before dawn, according to fire officer Dara Quist.';
    const q = questionsOf(LEAD, claim).join(' ');
    expect(q).not.toContain('hours late?');
    expect(q).toContain(`Unverified: “${claim}”`);
  });
  it('keeps the stop of "a.m." before the question mark', () => {
    expect(
      questionsOf(
        LEAD,
        'The blaze began in the rear boiler room shortly after 5 a.m., according to fire officer Dara Quist.',
      ),
    ).toContain(
      'Can anyone besides fire officer Dara Quist confirm that the blaze began in the rear boiler room shortly after 5 a.m.?',
    );
  });
  it('control: a short clause with a finished subordinate clause is asked whole', () => {
    expect(
      questionsOf(
        LEAD,
        'The blaze began in the rear boiler room as the old ferry left the harbour, according to fire officer Dara Quist.',
      ),
    ).toContain(
      'Can anyone besides fire officer Dara Quist confirm that the blaze began in the rear boiler room as the old ferry left the harbour?',
    );
  });
  it('control: an aside a plural verb agrees with stays ("speed, coupled with the gale, were")', () => {
    const cut = cutClause(
      'the board said that the ferry’s speed, coupled with the gale off the point, were to blame for the grounding of the ferry on the rocks',
      22,
    );
    expect(cut).toContain('speed, coupled with the gale');
    expect(cut).not.toContain('speed were');
  });
  it('control: a subordinate clause with a pronoun subject has its verb ("as long as they like")', () => {
    expect(
      cutClause(
        'the new rules would stop skippers from sailing the old ferry as long as they like, and could cost the island its winter service',
        22,
      ),
    ).toBe('the new rules would stop skippers from sailing the old ferry as long as they like');
  });
});
