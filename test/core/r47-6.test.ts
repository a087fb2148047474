import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const asked = (sentence: string) =>
  analyzeArticle(`Ferry levy row\n\nThe harbour trust met on Monday.\n\n${sentence}\n`)
    .questions.map((q) => q.text)
    .join(' ');

describe('review 47, B-r47-6: a conditional event keeps its yes-or-no question', () => {
  it('keeps "Will … hold a ballot … if …?" and asks no outcome', () => {
    const q = asked('The trust will hold a ballot on the ferry levy if traders collect 2,000 names by April.');
    expect(q).toContain('Will the trust hold a ballot on the ferry levy if traders collect 2,000 names by April?');
    expect(q).not.toContain('What will come of');
  });
  it('control: a scheduled event still asks its outcome, the relative clause next to its noun', () => {
    expect(asked('The trust will hold a public hearing on the levy on Tuesday.')).toContain(
      'What will come of the public hearing on the levy that the trust will hold on Tuesday?',
    );
  });
});

describe('review 47, B-r47-6 (audit 48, B-a48-13): a plan with no event noun keeps its question', () => {
  it('control: "Will the trust vote on the levy in June?" stays as the schedule template asks it', () => {
    const q = asked('The trust will vote on the ferry levy in June.');
    expect(q).toContain('Will the trust vote on the ferry levy in June?');
    expect(q).not.toContain('What will come of');
  });
});
