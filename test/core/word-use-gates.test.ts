import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { cpuGrowth } from '../support/cpu-growth';

/**
 * kind55 (issue 13, samples 35–36's kind misreads left by kind54): "unknown" as a noun or a vague quantity, a hedge
 * word mentioned as a quoted term, "speculation" as trading, and a cue inside a rhetorical question. Copy written
 * for the test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('"unknown" as a noun or a vague quantity is no fact withheld', () => {
  it.each([
    'Ms Okafor moved to the borough in 2019 and was then a complete political unknown.',
    'The mayor says by-elections “are such an unknown” because turnout can swing on the weather.',
    'The militia commands several hundred fighters, as well as an unknown number of supporters in the capital.',
    'For the first-time candidate, the campaign trail was the unknown.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('unclear');
  });
  it.each([
    'The cause of the fire remains unknown.',
    'With the motive still unknown, police appealed for witnesses.',
    'The council office received a parcel filled with an unknown white powder on Thursday.',
    'The identity of the buyer is unknown.',
    'There are still plenty of unknowns about the scheme.',
  ])('control: %s keeps its not-known cue', (text) => {
    expect(shapes(text)).toContain('unclear');
  });
});

describe('a hedge word mentioned as a quoted term reports no hearsay', () => {
  it.each([
    'Reyes: Telling voters ‘property speculation’ — everyone pictures something different.',
    'The deputy mayor accused rivals of spreading what she called “sweeping allegations” and “smears”, saying the tone had coarsened.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('hedged');
    expect(shapes(text)).not.toContain('claim');
  });
  it.each([
    ['Reyes said “the rumours are true” and walked off.', 'hedged'],
    ['“Speculation is rife,” the spokesman said.', 'hedged'],
    ['Reyes faces allegations that he misled the council.', 'claim'],
  ])('control: %s keeps its cue', (text, shape) => {
    expect(shapes(text)).toContain(shape);
  });
});

describe('"speculation" as trading is no hearsay', () => {
  it.each([
    'Reyes says he will pay for the scheme with a levy on City speculation.',
    'Part of the purpose of the levy would be to discourage speculation such as that practised by hedge funds.',
    'That doesn’t sound like Wall Street speculation.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('hedged');
  });
  it.each([
    'The mayor refused to say whether he would stand again, amid speculation he will be offered a peerage.',
    'Shares rose on speculation that the club could be sold.',
    'Shares rose 17 percent on takeover speculation, lifting the club’s value.',
    'Speculation is rife that the chairman will quit.',
    '“Speculation is rife,” the spokesman said.',
    'The resignation fuelled speculation.',
    'The votes will not be counted until March, and the speculation rages.',
  ])('control: %s keeps its hearsay', (text) => {
    expect(shapes(text)).toContain('hedged');
  });
});

describe('a cue inside a rhetorical question labels nothing', () => {
  it.each([
    [
      'The question the report poses is: why would any sensible voter believe the levy will be scrapped next year?',
      'future',
    ],
    ['So why pursue a claim that is as baseless as it is cruel?', 'claim'],
    ['Will the investigations of the mayor’s emails ever stop?', 'inquiry-noun'],
    ['‘Isn’t this levy reportedly the highest in the country?’ she asked.', 'hedged'],
  ])('%s', (text, shape) => {
    expect(shapes(text)).not.toContain(shape);
  });
  it.each([
    ['Did that mean the union would vote for the deal?', 'schedule'],
    ['A reporter asked: Did they discuss her vow to reopen the lido?', 'plan'],
    ['Will the board decide on the depot next week?', 'future'],
    ['The council will vote on the levy next week, but why would anyone turn up?', 'future'],
    ['He said: “The council will vote next week, and what then?”', 'schedule'],
  ])('control: %s keeps its cue', (text, shape) => {
    expect(shapes(text)).toContain(shape);
  });
});

describe('the word-use and question gates stay linear on a long sentence of matches', () => {
  // CPU time (test/support/cpu-growth.ts), not wall time: a loaded machine made the wall-time version fail.
  const run = (text: string) => () => findCues(text);
  it.each([
    ['a political unknown', 'she was a complete political unknown, and '],
    ['a quoted term', 'he mentioned ‘City speculation’ to voters, '],
    ['a rhetorical question', 'why would anyone think the council will vote on Monday? '],
  ])('%s repeated 8,000 times in under 8x the time of 2,000', (_name, unit) => {
    // Linear is about 4x, quadratic 16x.
    expect(cpuGrowth(run(unit.repeat(2000)), run(unit.repeat(8000)))).toBeLessThan(8);
  });
});
