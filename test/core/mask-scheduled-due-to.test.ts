import { describe, expect, it } from 'vitest';
import { saysCause } from '../../src/core/lacks-filler';
import { maskScheduledDueTo } from '../../src/core/mask-scheduled-due-to';

// "due to" + a word WordNet reads mostly as a verb is a schedule; the cause readers mask it (issue 12).
describe('maskScheduledDueTo', () => {
  it('masks "due to" before a verb, keeps it before a determiner, a noun or a name', () => {
    expect(maskScheduledDueTo('She is due to arrive at noon.')).not.toMatch(/due to/);
    expect(maskScheduledDueTo('It is due to be signed.')).not.toMatch(/due to/);
    expect(maskScheduledDueTo('It closed due to the flood.')).toBe('It closed due to the flood.');
    expect(maskScheduledDueTo('It closed due to flooding.')).toBe('It closed due to flooding.');
    expect(maskScheduledDueTo('Due to Sign Co delays, it closed.')).toBe('Due to Sign Co delays, it closed.');
  });

  it('masks only after a form of "be": with none before it, "due to" is a cause even when its noun is a verb', () => {
    expect(maskScheduledDueTo('Talks are now due to resume on Friday.')).not.toMatch(/due to/);
    expect(maskScheduledDueTo('The striker’s due to sign on Monday.')).not.toMatch(/due to/);
    // Review B-ans50-1: "demand", "work" and "strike" are verbs too, but here they are the cause.
    for (const cause of [
      'Prices for replacement buses rose due to demand from stranded passengers.',
      'The line closed on Sunday due to work on the tracks.',
      'Services were cancelled due to strike action.',
    ]) {
      expect(maskScheduledDueTo(cause)).toBe(cause);
      expect(saysCause(cause)).toBe(true);
    }
  });

  it('reads a 100,000-character sentence of repeated cues in one pass', () => {
    expect(saysCause('was due to sign and due to the rain '.repeat(2800))).toBe(true);
    expect(saysCause('was due to sign '.repeat(6300))).toBe(false);
  });
});
