import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Sample 24's commonest misread, a passage's kind: one side's challenge labelled disputed where the sentence
 * narrates an act (#35) or tells the challenge in a subject relative (#45). Sentences written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a challenge aimed at an act is narration (act-challenge)', () => {
  it('reads no dispute in a criticism for an act, whatever relative the act’s noun carries', () => {
    for (const text of [
      'Regional banks have often been criticized for not lending to firms that export.',
      'The agency was criticized for failing to inspect bridges that had been flagged as unsafe.',
    ])
      expect(shapes(text), text).not.toContain('challenge');
  });
  it('keeps a claim challenged, a criticism for saying something, and a challenge on record', () => {
    for (const text of [
      'The mayor criticized the council for saying that the budget was balanced.',
      'Critics rejected the claim that the bridge was safe.',
      'The senator criticized the bill for raising costs, saying it would hurt families.',
      'Residents condemned the plan as a stitch-up.',
    ])
      expect(shapes(text), text).toContain('challenge');
  });
});

describe('a cue verb opening a subject relative on "that" describes its noun (relative-that)', () => {
  it('reads no dispute or plan in the relative', () => {
    expect(
      shapes('A council that rejects the idea that parks need funding is one that has lost touch with voters.'),
    ).not.toContain('challenge');
    expect(shapes('Ministers met for a summit that threatened to collapse over fishing quotas.')).not.toContain('plan');
  });
  it('keeps a cleft, "there are … that", a thing’s own coming event and an ambiguous "plans"', () => {
    expect(shapes('It was the council that rejected the claim that the bridge was unsafe.')).toContain('challenge');
    expect(shapes('There are critics that dismiss the idea that the tax will pay for itself.')).toContain('challenge');
    expect(shapes('A vote that is likely to decide the budget will be held on Friday.')).toContain('schedule');
    expect(shapes('The firm said that plans to close the plant were shelved.')).toContain('plan');
    expect(shapes('The charity plans to open two shelters in the spring.')).toContain('plan');
  });
});
