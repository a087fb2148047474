import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { conditionalStanding } from '../../src/core/conditional-standing';
import { firstCited } from '../support/count-answers';

// ans77b, session 56 (issue 12): "how is X polling?" was answered by the figure X would need or get under a
// condition put on X ("…would enter the race if she could reach 15 percent in the polls"). Composed copy.
const story = (poll: string) =>
  analyzeArticle(
    [
      'Harbor mayoral race',
      'Novelist Greta Lund told a radio host she would enter the mayoral race if she could reach 15 percent in the polls.',
      'Lund has never held office and lives in the old town.',
      poll,
    ].join('\n\n'),
  );

describe('a figure in a condition on the asked party', () => {
  it('is no standing: "how is Lund polling?" does not cite what she would need', () => {
    expect(
      firstCited(story('The council race has drawn four candidates so far.'), 'How is Lund polling right now?'),
    ).toBe("doesn't say");
  });

  it('a hypothetical on the party ("If she were…, she\'d get…") is dropped whole', () => {
    expect(conditionalStanding("If she were a man, she'd get 5 percent of the vote.", new Set())).toBe('');
  });

  it('an embedded question put to voters ("asked if") keeps its figures', () => {
    const text = 'Asked if Lund should run, 46 percent of voters said yes.';
    expect(conditionalStanding(text, new Set(['lund']))).toBe(text);
  });

  it("control: the poll's own hypothetical on the election is a standing", () => {
    const poll = 'If the election were held today, Lund would get 41 percent, the Harbor College poll found.';
    expect(firstCited(story(poll), 'How is Lund polling right now?')).toBe(poll);
  });
});
