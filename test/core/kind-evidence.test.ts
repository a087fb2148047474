import { describe, expect, it } from 'vitest';
import type { Analysis, OpenQuestion } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { ALL_KIND_GATES, KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * A flagged passage's kind needs its evidence (issue 13, kind26; the review of sample 20's briefs): a no-comment line
 * is no unknown fact, and a lone "argued that …" with no second party or contrary in reach is no dispute. Copy
 * written for the test; each class with controls that must keep their kind.
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
const refusal = (text: string, gates = KIND_GATES): boolean =>
  findCues(text, '', gates).some((c) => c.shape === 'refusal');

describe('a no-comment line is no unknown fact (shipped gate)', () => {
  it('the engine applies the gate', () => {
    expect(KIND_GATES.map((g) => g.name)).toContain('no-comment-line');
    expect(ALL_KIND_GATES.map((g) => g.name)).toContain('no-comment-line');
  });
  it.each([
    'The Clinton campaign and the party did not immediately respond to requests for comment.',
    'A spokesman for the harbour board declined to comment.',
    'The ferry company could not be reached for comment on Tuesday.',
    'Council officials did not return calls seeking comment.',
    'The firm did not respond to questions about the story.',
  ])('no refusal cue: %s', (text) => {
    expect(refusal(text, [])).toBe(true);
    expect(refusal(text)).toBe(false);
  });
  it.each([
    'The council declined to say how many homes would be demolished.',
    'The spokesman declined to comment on whether the mayor would resign.',
    'The firm did not respond to questions about how much the contract cost.',
    'The board has not said when the quay will reopen.',
  ])('control: a withheld fact keeps its cue: %s', (text) => {
    expect(refusal(text)).toBe(true);
  });
  it('no "Not known" passage of the no-comment line; a real unknown stays', () => {
    const line = 'The ferry company did not immediately respond to requests for comment.';
    const unknown = 'It is not yet known whether the harbour board will drop the levy before the summer.';
    const analysis = itemsOf(
      'The harbour board plans a levy on every ferry that uses the quay, its chairman said on Monday.',
      unknown,
      line,
    );
    expect(citing(analysis, line)).toBeUndefined();
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
