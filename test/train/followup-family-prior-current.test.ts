import { describe, expect, it } from 'vitest';
import committed from '../../src/core/models/followup-family-prior.json' with { type: 'json' };
import { familyPriorJson } from '../../src/train/fit-family-prior';

/** How far a committed lift may stand from the trainer's before the order it gives could change: a fraction of a point. */
const DRIFT = 0.05;

/**
 * The committed cue-family prior is what `npm run train:family-prior` fits from the train editor labels, within DRIFT:
 * a cue change that moves which family many train sentences carry fails here until someone refits the prior; a
 * sentence or two moved, which shifts a lift by thousandths and no candidate's place, does not.
 */
describe('the committed cue-family prior against its trainer', () => {
  it('train:family-prior fits the committed lifts, family by family', () => {
    const fitted = JSON.parse(familyPriorJson()) as typeof committed;
    expect(Object.keys(fitted.lift).sort()).toEqual(Object.keys(committed.lift).sort());
    const lift: Readonly<Record<string, number>> = committed.lift;
    for (const [shape, value] of Object.entries(fitted.lift as Record<string, number>))
      expect(Math.abs(value - lift[shape]!), shape).toBeLessThanOrEqual(DRIFT);
    expect(Math.abs(fitted.base - committed.base)).toBeLessThanOrEqual(DRIFT);
  }, 180_000);
});
