import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Sample 50's #7 (docs/hand-read-questions/055-sample-50.md): a speaker's first-person "would" in direct speech is the
 * conditional mood, a choice stated, not a schedule (conditional-choice.ts). Copy written for the test; each case failed
 * on int-s52 (92413a68), the controls hold on both.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('"I would choose" in a quotation states a choice', () => {
  it.each([
    '“Between the harbour plan and the bypass, it is clear that I would choose the bypass,” said Ann Bell, who chairs the ferry users’ group.',
    '“If it came to a ballot, we would vote for the dredging contract,” said Tomas Reyes.',
  ])('%s has no schedule cue', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
  it.each([
    'Ann Bell said she would choose the bypass over the harbour plan.',
    '“We would vote on the dredging contract by Friday,” said Tomas Reyes.',
    '“The board would vote for the dredging contract,” said Tomas Reyes.',
  ])('control: %s keeps its schedule cue', (text) => {
    expect(shapes(text)).toContain('schedule');
  });
});
