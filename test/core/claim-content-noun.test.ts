import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fu55 (issue 13, audit 55 B-a55-4): "accusation" and "suggestion" are a claim to check only with their content
 * ("accusations that/of/against …", "the suggestion that …"), as "claims" needs "that/of". Bare, they name an exchange
 * ("traded accusations over the delays") or a proposal ("the residents' suggestions"), which the train editors flagged
 * once in five. Copy written for the test.
 */
const claimCue = (text: string): boolean => findCues(text, '', KIND_GATES).some((c) => c.shape === 'claim');

describe('a bare accusation or suggestion is no claim to check', () => {
  it.each([
    'Rival councillors traded accusations over who had held up the harbour works.',
    'The ferry users brought their suggestions to the Tuesday meeting.',
    'Years of bitter accusations about the mill had soured the town on its owners.',
    'Accusations mounted on Monday as the harbour works stalled again.',
  ])('%s', (text) => {
    expect(claimCue(text)).toBe(false);
  });

  it.each([
    'Accusations that the harbour master took gifts surfaced on Monday.',
    'The suggestion that the pier was unsafe spread quickly among the stallholders.',
    'Fresh accusations of bribery reached the council last week.',
    'The accusations, first aired on local radio, that the mayor sold the lease have not been answered.',
    'The ferry firm’s accusations against the harbour board were read out in court.',
    'The dean rejected accusations by the ferry firm that his staff had leaked the tender.',
    'Her suggestion at the Tuesday meeting that the pier was unsafe alarmed the stallholders.',
    'The mayor’s most striking suggestion was that the budget had been padded for years.',
    'Accusations emerged last week that the ferry operator had falsified its safety logs.',
  ])('control: %s keeps its claim cue', (text) => {
    expect(claimCue(text)).toBe(true);
  });

  it('a past verb and a time between the noun and "that" keep the unverified question (review 56)', () => {
    const text = [
      'Harbour master faces inquiry',
      '',
      'Accusations surfaced on Friday that the harbour master had taken gifts from a ferry firm.',
      '',
      'The council said it would meet next week.',
    ].join('\n');
    const questions = analyzeArticle(text).questions;
    expect(questions.some((q) => q.kind === 'unverified' && q.sentenceIds.includes(0))).toBe(true);
  });

  it('a lead that reports a delay amid an exchange of accusations is not asked as unverified', () => {
    const text = [
      'Council delays ferry subsidy',
      '',
      'The Westhaven council on Monday delayed its vote on a ferry subsidy, as members traded accusations over who was to blame for the service’s losses.',
      '',
      'The subsidy would cost the town about 400,000 pounds a year, the treasurer said.',
      '',
      'It was not clear whether the operator would keep the winter timetable.',
    ].join('\n');
    const questions = analyzeArticle(text).questions;
    expect(questions.some((q) => q.kind === 'unverified' && q.sentenceIds.includes(0))).toBe(false);
    expect(questions.some((q) => q.kind === 'unknown' && /winter timetable/.test(q.text))).toBe(true);
  });
});
