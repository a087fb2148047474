import { describe, expect, it } from 'vitest';
import { decisionQuestion } from '../../src/core/check-questions';
import { deciderOf } from '../../src/core/decider-of';
import type { PhraseContext } from '../../src/core/phrase-question';

/**
 * Shapes hand-read sample 60 found (docs/hand-read-questions/065-sample-60.md, main's head `bc7776c7`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `bc7776c7`.
 */

const ctx = (text: string, actor: string | null): PhraseContext => ({
  text,
  actor,
  mainActor: null,
  properWords: new Set(['Marrow', 'Tillings']),
});

describe("a purpose clause's choice is its subject's, not the sayer's (#33, \"would meet next week to decide\")", () => {
  it.each([
    ['She added that trustees would meet on Thursday to decide whether to sell the hall.', 'trustees'],
    ['He said the parish council will gather next month to decide whether to close the lane.', 'the parish council'],
    ['Marrow said the board is due to convene in March to decide whether to appeal.', 'the board'],
  ])('%s', (text, decider) => expect(deciderOf(text)).toBe(decider));
  it('the question goes to the group that meets, not to the one who reports the meeting', () => {
    expect(
      decisionQuestion(
        ctx('He added that trustees would meet next week to decide whether to seek legal advice.', 'Tillings'),
      ),
    ).toBe('Will trustees seek legal advice, and when will the decision come?');
  });
  it.each([
    // The sayer's own pronoun: the sayer decides, as before.
    ['Tillings said she would wait until the spring to decide whether to run.', 'Tillings'],
    // No modal frame: nothing to cut, the sentence's actor stands.
    ['Tillings urged members to decide whether to sell the hall.', 'Tillings'],
  ])('control: %s', (text, who) => {
    expect(decisionQuestion(ctx(text, who))).toMatch(new RegExp(`^Will ${who} `));
  });
});
