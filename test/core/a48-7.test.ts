import { describe, expect, it } from 'vitest';
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
  it('shows a cut with "…" rather than end on a subordinate clause that has no verb yet', () => {
    const q = questionsOf(
      LEAD,
      'The blaze began in the rear boiler room when the old ferry, already two hours late, was leaving the busy harbour shortly before dawn, according to fire officer Dara Quist.',
    ).join(' ');
    expect(q).not.toContain('hours late?');
    expect(q).toContain('when the old ferry, already two hours late, was leaving the busy harbour shortly…?');
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
});
