import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cuelessPending } from '../../src/core/cueless-pending';

/**
 * Shapes hand-read sample 59 found (docs/hand-read-questions/064-sample-59.md, main's head `413f2b37`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `413f2b37`.
 */

describe('a past plan the sentence calls off is nothing to wait on (#42)', () => {
  it.each([
    'The mayor had been scheduled to open the ferry terminal on Friday, but on Wednesday her office said she was not coming.',
    'The bishop was scheduled to bless the new harbour wall, but the ceremony was cancelled after the storm.',
    'Two captains were scheduled to speak at the harbour dinner, but both later pulled out.',
    // A state's abbreviation inside the sentence is no boundary.
    'The governor had been scheduled to speak in Dover, Del., but on Monday his office said he wasn’t coming.',
  ])('%s', (sentence) => {
    expect(cuelessPending(sentence)).not.toBe('pending');
  });
  it.each([
    // Only moved, not called off: the event is still to come.
    'The council vote had been scheduled for Tuesday, but it was postponed until next month.',
    // A plan told in the present, nothing calls it off.
    'The mayor is scheduled to open the ferry terminal on Friday, though her office has not said when.',
    'The mayor had been scheduled to open the terminal on Friday.',
  ])('control: %s', (sentence) => {
    expect(cuelessPending(sentence)).toBe('pending');
  });
});

describe('an -ing word WordNet lists as a modifier, after a preposition, opens no event (#27)', () => {
  it.each([
    'There is deep worry about the tampering of voting machines before the county election, the sheriff said.',
    'The levy will pay for voting booths in every parish hall, the clerk said.',
  ])('%s', (sentence) => {
    expect(cuelessPending(sentence)).not.toBe('pending');
  });
  it.each([
    // A determiner's object after the -ing word: a gerund, the vote still to come.
    'The harbour board is now close to voting on the new mooring fees, the clerk said.',
    'The clerk said the voting machines will be tested before the vote on Tuesday.',
  ])('control: %s', (sentence) => {
    expect(cuelessPending(sentence)).toBe('pending');
  });
});

describe('"reported from" a place is a reporter posted there, no statement (#24)', () => {
  const statements = (text: string) =>
    analyzeArticle(`Ferry strike talks go on.\n\n${text}`).statements.map((s) => `${s.speaker}: ${s.text}`);
  it('a profile of a reporter credits him with no claim', () => {
    const text =
      'The paper’s harbour correspondent, Dana Whitcombe, has reported from every ferry strike this decade and has been filing live from the quays of Dover and Calais.';
    expect(statements(text)).toEqual([]);
  });
  it('control: a reporter who reported that … still makes a statement', () => {
    const text =
      'The paper’s harbour correspondent, Dana Whitcombe, has reported that the ferry strike would end on Monday after talks.';
    expect(statements(text)).toEqual(['Dana Whitcombe: the ferry strike would end on Monday after talks']);
  });
});
