import { describe, expect, it } from 'vitest';
import { type Attribution, isWeakPositive, readAttributions } from '../../src/train/weak-labels';

const attribution = (over: Partial<Attribution>): Attribution => ({
  start: 0,
  end: 10,
  content: 'the plant employs 300 people',
  cue: 'said',
  source: 'Jane Smith',
  ...over,
});

describe('isWeakPositive (silver "worth chasing" labels)', () => {
  it('flags claims with no source or an anonymous one', () => {
    expect(isWeakPositive(attribution({ source: null }))).toBe(true);
    expect(isWeakPositive(attribution({ source: 'senior administration officials' }))).toBe(true);
    expect(isWeakPositive(attribution({ source: 'people familiar with the talks' }))).toBe(true);
  });

  it('flags denials, hedges, pending procedures and partisan sources', () => {
    expect(isWeakPositive(attribution({ cue: 'denied' }))).toBe(true);
    expect(isWeakPositive(attribution({ cue: 'suggested' }))).toBe(true);
    expect(isWeakPositive(attribution({ content: 'the appeal is pending before the court' }))).toBe(true);
    expect(isWeakPositive(attribution({ source: 'a Clinton campaign spokesman' }))).toBe(true);
  });

  it('leaves a plain statement by a named, non-partisan source unflagged', () => {
    expect(isWeakPositive(attribution({}))).toBe(false);
    expect(isWeakPositive(attribution({ source: 'Senior Officials Group' }))).toBe(false);
  });

  it('keeps the narrower definitions the chosen one was compared with', () => {
    const partisan = attribution({ source: 'Clinton campaign manager Robby Mook' });
    expect(isWeakPositive(partisan, 'chase')).toBe(true);
    expect(isWeakPositive(partisan, 'anon-contested')).toBe(false);
    expect(isWeakPositive(attribution({ cue: 'denied' }), 'anon')).toBe(false);
  });
});

describe('readAttributions', () => {
  it('reads source, cue and content of each brat event, with the source null when none is annotated', () => {
    const text = 'Aides said the vote will slip. It was late.';
    const ann = [
      'T1\tSource 0 5\tAides',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 29\tthe vote will slip',
      'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
      'T4\tContent 31 43\tIt was late.',
      'E2\tAttribution:T4 Content:T4',
    ].join('\n');
    const [first, second] = readAttributions(ann, text);
    expect(first).toMatchObject({ content: 'the vote will slip', cue: 'said', source: 'Aides' });
    expect(second).toMatchObject({ content: 'It was late.', cue: '', source: null });
  });
});
