import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fix42a (review 42, B-r42-12 and B-r42-13): kind56's past-told gates read near variants of their own examples by
 * grammar. A modal's perfect is read by the participle's form (WordNet's irregular forms); "'d planned" and "had
 * been planning" are the pluperfect plan. Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe("a modal's perfect read by the participle's form", () => {
  it.each([
    'The operator may well have sought a better deal this year.',
    'The council could’ve acted sooner on the leak this year.',
    'The council may have already signed the contract this year.',
    'The trust might have sunk more money into the pier this year.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('future');
  });
  it.each([
    'The council may have more limited options this year.',
    'The trust could have the signed contract by the end of this month.',
    'The council could have to close the pier this year.',
  ])('control: %s keeps its future cue', (text) => {
    expect(shapes(text)).toContain('future');
  });
});

describe('a plan told with "’d planned" or "had been planning" is history', () => {
  it.each([
    'She’d planned to unveil the budget herself, but by Sunday the job had passed to her deputy.',
    'The chairman had been planning to sell the depot, but by Sunday the board had voted it down.',
    'The chairman had been planning to unveil the budget himself, but by Sunday the job had passed to his deputy.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('pending');
  });
  it.each([
    'The chairman has been planning to sell the depot since the spring.',
    'She said she’d been planning to sell the depot.',
  ])('control: %s keeps its plan cue', (text) => {
    expect(shapes(text)).toContain('plan');
  });
});
