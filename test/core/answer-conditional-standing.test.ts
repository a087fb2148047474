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

  // rev57fix (review 57's R57-1): only the clause the condition governs goes, not a standing beside it.
  it('a standing in a clause before "but if" is kept, its hypothetical consequent dropped', () => {
    const text = 'Lund leads the field with 37 percent in the poll, but if she falters, her rivals could catch her.';
    expect(conditionalStanding(text, new Set(['lund']))).toBe('Lund leads the field with 37 percent in the poll, but');
    expect(firstCited(story(text), 'How is Lund polling right now?')).toBe(text);
  });

  it('a hypothetical left outside the governed clause still says less', () => {
    expect(conditionalStanding('If she wins the debate, as aides expect, she would take 30 percent.', new Set())).toBe(
      '',
    );
  });

  // R57-2: a match-up is the poll's own question.
  it('a head-to-head condition answers "how does X do against Y?"', () => {
    const poll = 'Asked to pick between only two candidates, if she met Okoro alone, Lund would take 52 percent to 40.';
    expect(conditionalStanding(poll, new Set(['lund']), new Set(['okoro']))).toBe(poll);
    expect(conditionalStanding(poll, new Set(['lund']))).not.toMatch(/52/);
    const framed = 'In a one-on-one match-up, if she ran, Lund would take 48 percent, the survey said.';
    expect(conditionalStanding(framed, new Set(['lund']))).toBe(framed);
  });
});
