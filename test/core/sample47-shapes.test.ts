import { describe, expect, it } from 'vitest';
import { challenge } from '../../src/core/challenge-question';
import type { PhraseContext } from '../../src/core/phrase-question';

/**
 * A shape hand-read sample 47 found (docs/hand-read-questions.md, "Sample 47", int-s49 head `df2f5da8`), in copy
 * written for the test, with near controls that must not change. The case failed on main's head `549b7e8e`. (#33's
 * "AT&T." sentence end is in split-sentences.test.ts.)
 */

const names = new Set(['Ann', 'Bell', 'Tom', 'Reid', 'Joe', 'Kerr']);

function context(fields: Partial<PhraseContext> & { text: string }): PhraseContext {
  return { actor: null, mainActor: null, properWords: names, ...fields };
}

describe("a speaker's charge is not put to a main actor the sentence never names (#12)", () => {
  const ask = (text: string, speaker = 'Tom Reid') =>
    challenge(
      context({
        text,
        actor: speaker || null,
        speaker: speaker || undefined,
        actorIsPerson: true,
        mainActor: 'Ann Bell',
        mainIsPerson: true,
      }),
    );
  const CHARGE =
    'Reid said it was "absolutely clear" that Kerr\'s depot tender broke council rules, and that Kerr faced charges over the contract.';

  it("Reid's charge at Kerr is shown as its passage, not asked of Ann Bell", () => {
    // Was "How does Ann Bell answer the criticism that it was "absolutely clear" that Kerr's depot tender …?".
    expect(ask(CHARGE)).toBeNull();
  });

  it('control: with no speaker credited, the main actor is still asked', () => {
    expect(ask(CHARGE.replace('Reid said', 'Critics said'), '')).toBe(
      'How does Ann Bell answer the criticism that it was "absolutely clear" that Kerr\'s depot tender broke council rules?',
    );
  });

  it("control: the main actor's own charge is still read as hers", () => {
    expect(ask(CHARGE.replace('Reid said', 'She said'), 'Ann Bell')).toBe(
      'What exactly is Ann Bell objecting to, and what evidence is there either way?',
    );
  });
});
