import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// fu46 (session 46, issue 13): the scorer learned the train editors' flags (src/train/editor-flags.ts),
// and the choice re-chosen on dev weighs its probability twice as much against the cue strength
// (weight 10, absolute bar 2.5, relative bar 5). A reported claim with no cue is asked from a
// probability of 0.25 (it was 0.3). The scorer is injected, so only the bars are tested. Invented copy.

const CLAIM = 'Councillor Ines Marlow said the ferry trust had sold its spare vessel to a director for a nominal sum.';
const story = [
  'Ferry trust delays timetable review',
  '',
  'The Skellan ferry trust delayed its timetable review on Wednesday.',
  '',
  CLAIM,
  '',
  'Commuters on the island route have asked for an earlier morning crossing for years.',
].join('\n');

const asked = (p: number) =>
  findOpenQuestions(analyzeArticle(story), { model: () => p }).map((q) => `${q.kind}: ${q.text}`);

describe('a reported claim with no cue, under the re-chosen bars', () => {
  it('is asked when the scorer rates it 0.27', () => {
    expect(asked(0.27)).toEqual([`unverified: Unverified: “${CLAIM}”`]);
  });
});

describe('and the bars either side (controls)', () => {
  it('is not asked at 0.2', () => {
    expect(asked(0.2)).toEqual([]);
  });

  it('is asked at 0.35', () => {
    expect(asked(0.35)).toEqual([`unverified: Unverified: “${CLAIM}”`]);
  });
});
