import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE } from '../../src/core/find-open-questions';
import { followupCeiling } from '../../src/eval/followup-ceiling';
import { neverCandidateClasses, neverCandidateLine } from '../../src/eval/never-candidate-class';
import { labelledStory } from '../support/labelled-story';

// Invented harbour copy: a reported claim whose quotation runs on in the next sentence, a gated "was to", a
// cue-less "would", a denial and plain narration.
const PARAGRAPHS = [
  'Harbour master Ann Reid said the pier had been inspected and declared safe. “We checked every piling last spring and found nothing loose,” Reid said.',
  'The burst pipe was to blame for the flooding of the boatyard.',
  'The ferry would carry more cars in winter.',
  'Residents counted forty trucks on the bridge.',
  'The mayor denied that he had misled investigators.',
  'The park opened in 1990.',
  'Gulls nested on the old crane.',
];
// No question asked (nor a dispute or headline one in this copy): what a candidate reaches, not what is asked.
const NONE_ASKED = { ...DEFAULT_CHOICE, minScore: Number.POSITIVE_INFINITY };

describe('followupCeiling', () => {
  it('reaches a passage a candidate’s question would cite through its claim’s span, the quotation running on', () => {
    const story = labelledStory(PARAGRAPHS, /We checked every piling|denied that/);
    expect(followupCeiling([story], NONE_ASKED)).toMatchObject({ passages: 2, reachable: 2, questions: 0 });
  });

  it('control: a passage on the candidate sentences themselves is reached', () => {
    const story = labelledStory(PARAGRAPHS, /Harbour master|denied that/);
    expect(followupCeiling([story], NONE_ASKED)).toMatchObject({ passages: 2, reachable: 2, questions: 0 });
  });
});

describe('neverCandidateClasses', () => {
  const story = labelledStory(PARAGRAPHS, /piling|burst pipe|ferry|denied|park|Gulls/);
  const key = (pattern: RegExp): string => story.keysAt[story.texts.findIndex((t) => pattern.test(t))]![0]!;

  it('sorts each passage beyond the ceiling into its first class, and leaves the reached ones out', () => {
    const classes = neverCandidateClasses(story, NONE_ASKED);
    expect(Object.fromEntries(classes)).toEqual({
      // A family's pattern reads "was to", a kind gate drops it (predicative-be-to).
      [key(/burst pipe/)]: 'vetting',
      // "would": a word class the scorer reads, no family.
      [key(/ferry/)]: 'family missing',
      // Plain narration beside the denial, a candidate.
      [key(/park/)]: 'split',
      [key(/Gulls/)]: 'no cue',
    });
  });

  it('counts the classes over the articles as one line', () => {
    expect(neverCandidateLine([story], NONE_ASKED)).toBe(
      'beyond the ceiling: split 1, family missing 1, no cue 1, vetting 1',
    );
  });
});
