import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

const pending = (text: string, gates = KIND_GATES): boolean =>
  findCues(text, '', gates).some((c) => c.kind === 'pending');
const withoutGate = KIND_GATES.filter((g) => g.name !== 'relative-date');

describe('pending: a modal and its date in one clause (relative-date gate, issue 13)', () => {
  it('drops a main clause’s modal read to the date of a relative clause that describes its speaker', () => {
    for (const text of [
      '‘Prices will fall for everyone,’ said Ortiz, who will open the trade fair on Friday.',
      'The union says the cuts will hurt, according to Ms Lane, who will meet the board next week.',
    ]) {
      expect(pending(text, withoutGate), text).toBe(true);
      expect(pending(text), text).toBe(false);
    }
  });

  it('keeps a modal dated in its own clause, with or without a relative clause beside it', () => {
    for (const text of [
      'Ortiz will open the trade fair on Friday, said his aide, who declined to be named.',
      'The mayor, who spoke on Monday, will open the fair next week.',
      'Workers who joined last year will vote on the offer next week.',
      'The lawsuit, which will be filed on Friday, names three officers.',
    ]) {
      expect(pending(text), text).toBe(true);
    }
  });
});
