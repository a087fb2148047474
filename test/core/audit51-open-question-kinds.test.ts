import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { willQuestion } from '../../src/core/will-question';

/**
 * Audit 51's open-question findings B-a51-5, -13b and -13c (session 50, fu50b). Copy written for the test, in the
 * audit's house styles (a council statement, an analysis piece's "says … but warns", a commendation).
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const questions = (body: string): string[] => analyzeArticle(`Harbour notes\n\n${body}`).questions.map((q) => q.text);
const none = new Set<string>();

describe('B-a51-5: "was to blame" is predicative, no plan', () => {
  it('asks no "Will … blame …?" of a cause named with "was to blame and that …"', () => {
    const asked = questions(
      'In a statement, the harbour trust said a cracked sluice gate at Wexmoor was to blame and that the quay would reopen "within a fortnight".',
    );
    expect(asked.filter((q) => /\bblame\b/.test(q))).toEqual([]);
  });
  it('"was to blame for" carries no schedule cue', () => {
    expect(shapes('A cracked sluice gate at Wexmoor was to blame for the flooding, the trust said.')).not.toContain(
      'schedule',
    );
  });
  it('control: "was to sail at noon" keeps its schedule cue', () => {
    expect(shapes('The Wexmoor ferry was to sail at noon, the trust said.')).toContain('schedule');
  });
  it('control: a verb that needs no object stays a plan ("was to resign")', () => {
    expect(willQuestion('the trust chairman was to resign at the spring meeting', none)).toBe(
      'Will the trust chairman resign at the spring meeting?',
    );
  });
  it('a verb phrase ends before the tag\'s second "and that" clause', () => {
    expect(
      willQuestion('the trust would shut the slipway on Monday and that divers would inspect the gate', none),
    ).toBe('Will the trust shut the slipway on Monday?');
  });
});

describe('B-a51-13b: one source\'s "says … but warns that …" is no dispute', () => {
  const own =
    'The Carrow Institute, in its spring survey, says Dunmere’s ferries are running on time but warns that two of its piers are sinking.';
  it('no challenge cue, no Disputed question', () => {
    expect(shapes(own)).not.toContain('challenge');
    expect(analyzeArticle(`Harbour notes\n\n${own}`).questions.filter((q) => q.kind === 'disputed')).toEqual([]);
  });
  it('the first claim ends before the second reporting verb', () => {
    const [statement] = analyzeArticle(`Harbour notes\n\n${own}`).statements;
    expect(statement?.text).toBe('Dunmere’s ferries are running on time');
  });
  it('control: a rival with a subject of its own still warns', () => {
    expect(
      shapes(
        'The Carrow Institute says Dunmere’s ferries are running on time, but the pilots’ guild warns that two piers are sinking.',
      ),
    ).toContain('challenge');
  });
});

describe('B-a51-13c: a hyphenated adjective of waiting describes its noun, no pending state', () => {
  it.each([
    'The governor praised the county for the long-awaited bypass.',
    'Ms Ferrand thanked the board for what she described as “a much-awaited reform.”',
    'The two families were on their long-awaited holiday in Crete when the storm came.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
  it.each([
    'Residents are still awaiting the bypass.',
    // The compound stands after the verb, with no noun to describe: the state of the clause.
    'The bypass has been long-awaited.',
    // On the clause's subject, the awaited thing is what the sentence is about.
    'The long-awaited bypass is nearly finished, the county said.',
  ])('control: %s keeps its schedule cue', (text) => {
    expect(shapes(text)).toContain('schedule');
  });
});
