import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/question-cues';

const shapes = (sentence: string) => findCues(sentence).map((cue) => cue.shape);

// Audit 60's B-a60-19: an objection an act went ahead over, and a plan shown to a meeting, were asked as live.
describe('an objection overridden and a plan presented are no live cue', () => {
  it('reads no challenge in an act done despite objections, but one in a standing objection (control)', () => {
    expect(
      shapes('The marina was approved by the board in May despite objections from the fishing cooperative.'),
    ).not.toContain('challenge');
    expect(shapes('The scheme went ahead in spite of strong opposition from parents.')).not.toContain('challenge');
    expect(shapes('The scheme faces strong opposition from parents.')).toContain('challenge');
  });

  it('reads no plan in "plan to" before a determiner, but one before a verb (control)', () => {
    expect(shapes('The water board presented the plan to a packed town hall on Monday.')).not.toContain('plan');
    expect(shapes('The water board plans to raise charges next spring.')).toContain('plan');
  });
});

// Audit 60's B-a60-17: "X disputed the ministry's figures, saying …" raised no dispute; "disputes the" did.
describe('a past dispute of a figure is a conflict cue', () => {
  it('reads "disputed the/that" as the present form is read, and not "undisputed" (control)', () => {
    expect(
      shapes("A harbour engineer disputed the council's figures, saying the wall would last half as long."),
    ).toContain('conflict');
    expect(shapes('The owner disputed that estimate.')).toContain('conflict');
    expect(shapes('She was the undisputed leader of the group.')).not.toContain('conflict');
  });
});
