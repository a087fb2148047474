import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { cpuGrowth } from '../support/cpu-growth';

/**
 * kind54 (issue 13, sample 35's kind misreads): a going back read as a no-comment, a poll's share read as an event to
 * come, history and lessened criticism read as a dispute, and another party's plan a speech mentions. Copy written for
 * the test, in US and British house styles.
 */
const shapes = (text: string, context = ''): string[] => findCues(text, context, KIND_GATES).map((c) => c.shape);

describe('a "return" that goes back somewhere is no source not answering', () => {
  it.each([
    'Ms Okafor didn’t return to accountancy after leaving the council, but her handling of the depot sale still haunts her.',
    'The striker did not return home after the final whistle.',
    'But the mayor, again, did not respond in kind.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('refusal');
  });
  it.each([
    'Ms Okafor didn’t return calls seeking comment.',
    'The council did not return a phone message on Friday.',
    'The club did not respond to requests for comment.',
  ])('control: %s stays a no-comment', (text) => {
    expect(shapes(text)).toContain('refusal');
  });
});

describe('a poll share that "would vote" is what respondents answered, not an event to come', () => {
  const context = 'Poll: Okafor leads the mayoral race\nThe survey of 900 residents was taken last week.';
  it.each([
    'Among Labour voters, 31 percent would vote for Okafor, followed by Reyes with 24 percent.',
    'Forty-two per cent would choose Reyes as mayor.',
    'Among likely voters, 46% would choose Okafor and 40% would vote for Reyes.',
  ])('%s', (text) => {
    expect(shapes(text, context)).not.toContain('schedule');
  });
  it('control: with no poll near, a share that would vote stays pending', () => {
    expect(shapes('Among the councillors, 40 percent would vote for the budget on Tuesday.')).toContain('schedule');
  });
  it('control: a person who would vote stays as before', () => {
    expect(shapes('The mayor said he would vote for the budget.', context)).toContain('schedule');
  });
});

describe('a challenge told with its past year is history', () => {
  it.each([
    'And in 2009, Ms Okafor slammed the council as "wasteful" for closing the lido.',
    'When he ran for mayor in 2012, Reyes attacked Okafor by calling the depot sale “a giveaway”.',
    'The minister criticised the regulator in 2011 for its “shambolic” handling of the collapse.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'Ms Okafor on Saturday slammed the council as "wasteful".',
    'Ms Okafor has criticised the council since 2009, calling it "wasteful".',
    '"She used to back the lido, then she attacked the council in 2009 for keeping it open.',
    'In 2009, the council was formed; Ms Okafor slammed it as “wasteful”.',
  ])('control: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('criticism its own sentence says was lessened is no live dispute', () => {
  it.each([
    'Reyes himself has toned down his criticism of Ms Okafor, admitting that his “campaign of change” will fall short.',
    'The union softened its opposition to the depot sale, calling it “a fair deal”.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'Reyes has not toned down his criticism of Ms Okafor, calling her budget “a giveaway”.',
    'Reyes stepped up his criticism of Ms Okafor, calling her budget “a giveaway”.',
    'The union will soften its criticism of the depot sale, calling it “a fair deal”.',
  ])('control: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('a speech about another party’s plan leaves that plan pending', () => {
  it.each([
    'The mayor highlighted the council’s plan to close three libraries.',
    'Ms Okafor praised the trust’s plans to sell the car park.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('plan');
  });
  it.each([
    'The mayor highlighted her own plan to close three libraries.',
    'The candidate talked up his plans to widen the bypass.',
  ])('control: %s (the talker’s own platform) stays dropped', (text) => {
    expect(shapes(text)).not.toContain('plan');
  });
});

describe('the gates stay linear on a long sentence of matches', () => {
  // CPU time (test/support/cpu-growth.ts), not wall time: a loaded machine made the wall-time version fail.
  const run = (text: string) => () => findCues(text, 'Poll');
  it.each([
    ['a year-dated challenge', 'in 2009 he slammed the council as "wasteful", '],
    ['lessened criticism', 'Reyes has toned down his criticism of Okafor, calling it "a giveaway", '],
    ['a poll share', 'Among voters polled, 27 percent of the residents would vote for Okafor, '],
  ])('%s repeated 4,000 times in under 8x the time of 1,000', (_name, unit) => {
    // Linear is about 4x, quadratic 16x.
    expect(cpuGrowth(run(unit.repeat(1000)), run(unit.repeat(4000)))).toBeLessThan(8);
  });
});
