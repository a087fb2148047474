import { describe, expect, it } from 'vitest';
import { personEvidence } from '../../src/core/person-evidence';

// Session 57 (rev58fixa): review 58, R58-1 — what marks a led name as a person's. Invented copy.
describe('personEvidence', () => {
  it.each([
    ['Tevita Halaholo, who sat in the stands, was cheered.', true],
    ['Tevita Halaholo was cheered. Halaholo smiled.', true],
    ['Tevita Halaholo was cheered. The Halaholos smiled.', false],
    ['Tevita Halaholo, which was founded in 1990, won.', false],
    ['Tevita Halaholo was cheered twice; Tevita Halaholo won.', false],
    // Review 59's R59-5: after "of", the relative describes the head ("the leader of X, who won …").
    ['Ann Lee, the leader of Tevita Halaholo, who won four seats, said little.', false],
  ])('reads "%s": %s', (text, person) => {
    expect(personEvidence('Tevita Halaholo', text)).toBe(person);
  });

  it('needs a name of two words or more', () => {
    expect(personEvidence('Halaholo', 'Halaholo, who sat in the stands, was cheered.')).toBe(false);
  });
});
