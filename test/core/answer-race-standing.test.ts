import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "Who's ahead in <state>…?" and "which … is leading the poll?" ask a standing in a race (the poll sense of lead),
// and were answered by a sentence giving the standing in another state, or none at all. Composed copy.
const story = `Governor's race tightens

By Ana Cole

Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.

Voters in Oregon were handed pie recipes from both campaigns at the county fair poll booth.

Pell ran the state's largest charity before entering the race.
`;
const race = analyzeArticle(story);

describe('a standing asked in a race', () => {
  it('is not answered by a standing in another state', () => {
    expect(firstCited(race, "Who's ahead in Oregon in the regional poll?")).toBe("doesn't say");
  });

  it('is not answered by a sentence giving no standing', () => {
    expect(firstCited(race, 'Which recipe is leading the fair poll?')).toBe("doesn't say");
  });

  it('control: the standing in the asked state answers', () => {
    expect(firstCited(race, "Who's ahead in Vermont in the regional poll?")).toBe(
      'Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.',
    );
  });

  it('control: the asked state named in a later clause of the same sentence answers', () => {
    expect(firstCited(race, "Who's ahead in Maine?")).toBe(
      'Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.',
    );
  });
});
