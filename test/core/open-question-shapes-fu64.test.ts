import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { argumentKind } from '../../src/core/argument-kind';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

// Issue 13, session 62 (fu64): sample 61's S61-4 (a warning of harm read as a dispute) and S61-5 (a paper's
// "… understands that" not read as unnamed sourcing), in invented copy.

const shapes = (text: string) => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a warning nobody answers is a claim to check, not a dispute', () => {
  it('labels "…, but traders have warned that …" unverified', () => {
    const text =
      'A ruling on the harbour wall is expected before Easter, but traders on the quay have warned that the works could close some of their shops.';
    expect(argumentKind('disputed', 'challenge', text, 'The wall was built in 1902.')).toBe('unverified');
  });

  it('keeps the dispute with a rival in reach', () => {
    const warned = 'Unions warned that the depot closure would cost two hundred jobs.';
    expect(argumentKind('disputed', 'challenge', warned, 'The company denied that any jobs were at risk.')).toBe(
      'disputed',
    );
    expect(
      argumentKind(
        'disputed',
        'challenge',
        'The mayor insisted the depot was safe, and unions warned that it would close within a year.',
        '',
      ),
    ).toBe('disputed');
    expect(
      argumentKind('disputed', 'challenge', 'Okafor condemned the cuts and warned of strikes in the spring.', ''),
    ).toBe('disputed');
  });

  it('leaves a challenge with no warning as it was', () => {
    expect(argumentKind('disputed', 'challenge', 'The minister dismissed the report as rubbish.', '')).toBe('disputed');
  });
});

describe("a paper's own unnamed source", () => {
  it('reads "<paper> understands that …" as vague sourcing', () => {
    expect(
      shapes(
        'The Tarvin Herald understands that the drainage office has privately told the council the grant could be withdrawn.',
      ),
    ).toContain('vague-source');
    expect(shapes('This newspaper has learned that the ferry contract will be cancelled.')).toContain('vague-source');
  });

  it('does not read a person who understands something', () => {
    expect(shapes('The minister understands that voters are angry about the delay.')).not.toContain('vague-source');
  });

  it('shows the passage as unverified, not pending on its condition', () => {
    const article =
      'The flood scheme has been in planning for eleven years. The Tarvin Herald understands that the drainage office has privately warned the council that the grant could be moved to other towns if work does not start by the middle of next year. The council meets on Thursday.';
    const asked = analyzeArticle(article).questions.filter((q) => q.sentenceIds.includes(1));
    expect(asked.map((q) => q.kind)).toEqual(['unverified']);
    // No source noun to ask of: the passage is shown whole, never a question cut from it.
    expect(asked[0]!.text).toContain('the drainage office has privately warned the council');
  });
});
