import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/questions-of';

/** Audit 49's open-question phrasing findings (B-a49-7, -8, -9), each in copy written for the test, with its control. */

const LEAD = 'The bus depot on Mill Lane shut in March.';

describe('audit 49, B-a49-7: a held-back whether-clause with a pronoun subject', () => {
  it('asks with the refuser the sentence names when the pronoun agrees with it, without "Is it the case that it"', () => {
    const q = questionsOf(LEAD, 'The parish council did not say whether it would appeal against the closure.');
    expect(q.join(' ')).not.toMatch(/Is it the case that it/);
    expect(q).toContain('Will the parish council appeal against the closure?');
    const he = questionsOf(LEAD, 'Depot manager Colin Hardy declined to say whether he would retire.');
    expect(he).toContain('Will depot manager Colin Hardy retire?');
  });
  it('shows the passage when the pronoun cannot be the refuser or does not act', () => {
    for (const copy of [
      'The parish council did not say whether he would be moved to another depot.',
      'The operator did not say whether it would be possible to reopen the depot.',
      'The operator declined to say whether it was a breach of the lease.',
    ]) {
      const q = questionsOf(LEAD, copy).join(' ');
      expect(q).not.toMatch(/Is it the case that (?:it|he)\b|Will the (?:parish council|operator) be\b/);
      expect(q).toContain(`“${copy}”`);
    }
  });
  it('control: an extraposed "it" pointing to its own clause keeps its question', () => {
    expect(
      questionsOf(LEAD, 'The parish council declined to say whether it was wise for the operator to close the depot.'),
    ).toContain(
      'Is it the case that it was wise for the operator to close the depot, and will the parish council say?',
    );
  });
  it('control: a whether-clause with a noun subject keeps its question', () => {
    expect(questionsOf(LEAD, 'The parish council did not say whether the depot board would meet.')).toContain(
      'Will the depot board meet?',
    );
  });
});

describe('audit 49, B-a49-8: "did not rule out" followed by what', () => {
  it('shows the passage when a bare noun phrase or a gerund says what is not ruled out', () => {
    for (const copy of [
      'A spokesman for the drivers said they would press for talks and did not rule out strike action.',
      'Depot manager Colin Hardy would not rule out moving the buses to Kells.',
    ]) {
      const q = questionsOf(LEAD, copy).join(' ');
      expect(q).not.toMatch(/not ruling out, and what would settle it/);
    }
  });
  it('control: "would not rule it out" still asks what', () => {
    expect(
      questionsOf(
        'A merger of the two depots is due to be voted on in May.',
        'Depot manager Colin Hardy would not rule it out.',
      ).join(' '),
    ).toMatch(/What is depot manager Colin Hardy not ruling out, and what would settle it\?/);
  });
});

describe('audit 49, B-a49-9: a negated modal states a decision, not a plan to ask about', () => {
  it('does not ask "Will X not …?", the passage is shown', () => {
    const copy = 'Board chairman Neil Foyle said the operator would not pay a bonus to drivers this year.';
    const q = questionsOf(LEAD, copy).join(' ');
    expect(q).not.toMatch(/Will the operator not pay/);
    expect(q).toContain(`“${copy}”`);
  });
  it('control: the same plan stated positively is still asked', () => {
    const copy = 'Board chairman Neil Foyle said the operator would pay a bonus to drivers next year.';
    expect(questionsOf(LEAD, copy)).toContain('Will the operator pay a bonus to drivers next year? (Neil Foyle)');
  });
});

describe('fu48’s note: a rebuttal whose object only points back is not asked', () => {
  const claim = 'Drivers say the depot on Mill Lane will be sold to a housing developer.';
  it('shows the passage for "dismissed that suggestion as …"', () => {
    const copy = 'Council leader Ann Corr dismissed that suggestion as scaremongering.';
    const q = questionsOf(claim, copy).join(' ');
    expect(q).not.toMatch(/Why did council leader Ann Corr dismiss that suggestion/);
    // Shown as the passage, with the claim it points back at before it (fu48's claim-answered.ts).
    expect(q).toContain(`“${claim} ${copy}”`);
  });
  it('control: an object that says what, or whom, is still asked', () => {
    expect(questionsOf(claim, 'Council leader Ann Corr dismissed those who want a sale as short-sighted.')).toContain(
      'Why did council leader Ann Corr dismiss those who want a sale as short-sighted?',
    );
  });
});

describe('review 49, B-r49-5: a held-back whether-clause whose "it" names a state', () => {
  const WALL = 'Work on the new flood barrier at Dunmore Quay has stalled after the builder pulled out.';
  it('shows the passage when the verb is a state ("cost", "last"): the "it" is the work, never the refuser', () => {
    for (const copy of [
      'The quay trust declined to say whether it would cost more than the £3m set aside.',
      'The quay trust did not say whether it would last another forty years.',
    ]) {
      const q = questionsOf(WALL, copy).join(' ');
      expect(q).not.toMatch(/Will the quay trust (?:cost|last)\b/);
      expect(q).toContain(`“${copy}”`);
    }
  });
  it('control: an act the refuser can do keeps the refuser as its subject', () => {
    expect(
      questionsOf(WALL, 'The quay trust declined to say whether it would sue the builder for the delay.'),
    ).toContain('Will the quay trust sue the builder for the delay?');
  });
});
