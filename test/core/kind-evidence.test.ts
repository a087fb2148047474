import { describe, expect, it } from 'vitest';
import type { Analysis, OpenQuestion } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { ALL_KIND_GATES, KIND_GATES, type KindGate } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * A flagged passage's kind needs its evidence (issue 13, kind26; the review of sample 20's briefs): a lone "argued
 * that …" with no second party or contrary in reach is no dispute (shipped), and a no-comment line as no unknown fact
 * (a gate measured and not shipped: the PolNeAR editors flag such lines as unknown). Copy written for the test; each
 * class with controls that must keep their kind.
 */
function itemsOf(...sentences: string[]): Analysis {
  return analyzeArticle(['Depot plan splits the town', '', ...sentences.flatMap((s) => [s, ''])].join('\n'));
}
/** The question or passage that cites the story's sentence, if any. */
function citing(analysis: Analysis, sentence: string): OpenQuestion | undefined {
  const id = analysis.sentences.find((s) => s.text === sentence)?.id;
  expect(id).toBeDefined();
  return analysis.questions.find((q) => q.sentenceIds.includes(id!));
}
const noCommentGate = ALL_KIND_GATES.filter((g) => g.name === 'no-comment-line');
const refusal = (text: string, gates: readonly KindGate[]): boolean =>
  findCues(text, '', gates).some((c) => c.shape === 'refusal');

describe('a no-comment line as no unknown fact (measured, not shipped: the editors flag such lines as unknown)', () => {
  it('the engine does not apply the gate', () => {
    expect(noCommentGate).toHaveLength(1);
    expect(KIND_GATES.map((g) => g.name)).not.toContain('no-comment-line');
  });
  it.each([
    'The Clinton campaign and the party did not immediately respond to requests for comment.',
    'A spokesman for the harbour board declined to comment.',
    'The ferry company could not be reached for comment on Tuesday.',
    'Council officials did not return calls seeking comment.',
    'The firm did not respond to questions about the story.',
  ])('the gate strips the refusal cue: %s', (text) => {
    expect(refusal(text, [])).toBe(true);
    expect(refusal(text, noCommentGate)).toBe(false);
  });
  it.each([
    'The council declined to say how many homes would be demolished.',
    'The spokesman declined to comment on whether the mayor would resign.',
    'The firm did not respond to questions about how much the contract cost.',
    'The board has not said when the quay will reopen.',
  ])('control: a withheld fact keeps its cue under the gate: %s', (text) => {
    expect(refusal(text, noCommentGate)).toBe(true);
  });
  it('control: a real unknown stays unknown', () => {
    const unknown = 'It is not yet known whether the harbour board will drop the levy before the summer.';
    const analysis = itemsOf(
      'The harbour board plans a levy on every ferry that uses the quay, its chairman said on Monday.',
      unknown,
    );
    expect(citing(analysis, unknown)?.kind).toBe('unknown');
  });
});

describe('a lone argument is one source’s claim, not a dispute', () => {
  it('"X argued that …" with nobody against it is shown as unverified', () => {
    const lone =
      'Speaking after the meeting, former chairman Don Fowler argued that the party would be wise to pick a new leader before the convention.';
    const q = citing(
      itemsOf('The party met in Charlotte on Monday to discuss its convention.', lone, 'The convention opens in July.'),
      lone,
    );
    expect(q?.kind).toBe('unverified');
  });
  it.each([
    [
      'The harbour master argued that the levy was fair, but the ferry operators said it would drive them away.',
      'The vote is on Thursday.',
    ],
    [
      'The harbour master argued that the levy was fair and would keep the quay open for years.',
      'But the ferry operators say it will drive them away from the town.',
    ],
    [
      'The harbour master argued that the levy was fair and would keep the quay open for years.',
      'The ferry operators rejected that, saying it would drive them away from the town.',
    ],
  ])('control: a second party in reach keeps the dispute: %s', (argued, next) => {
    const q = citing(itemsOf('The town council met on Monday to discuss the levy.', argued, next), argued);
    expect(q?.kind).toBe('disputed');
  });
});
