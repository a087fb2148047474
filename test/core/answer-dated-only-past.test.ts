import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// A when-question about an act ahead ("when is the assembly going to vote…?", "when do residents vote?") was
// answered by a sentence whose every date hangs on a past verb of its own clause, however far from the date ("voted
// for a similar levy in 2024", "held a rally on Monday"): it dates what has happened. Composed copy.
const story = `Harbour levy vote looms

By Ana Cole

Councillor Rita Moss spoke at a briefing on Tuesday, noting that 40 members voted for a similar harbour levy in 2024 to fund dredging.

Moss and the mayor held a joint rally on the quay on Monday, urging traders to back the levy.

The harbour reopened after the storm last month.

The levy, backed by Mayor Tom Hale, would cost each household about £30 a year.
`;
const levy = analyzeArticle(story);

describe('a date on a past verb of its own clause dates no act ahead', () => {
  it('"when is the assembly going to vote on Hale\'s levy?" is not answered by the earlier vote', () => {
    expect(firstCited(levy, "When is the assembly going to vote on Hale's levy?")).toBe("doesn't say");
  });

  it('the present progressive asks ahead too', () => {
    expect(firstCited(levy, 'When is the mayor visiting the quay?')).toBe("doesn't say");
  });

  it("control: the asked verb in the past, in a clause naming the question's names, answers (it has happened)", () => {
    expect(firstCited(levy, 'When will the harbour reopen?')).toBe('The harbour reopened after the storm last month.');
  });

  it('control: a date hanging on a forward verb still answers', () => {
    const ahead = analyzeArticle(
      story.replace(
        'The harbour reopened',
        'The assembly is expected to vote on the levy on 3 June.\n\nThe harbour reopened',
      ),
    );
    expect(firstCited(ahead, "When is the assembly going to vote on Hale's levy?")).toBe(
      'The assembly is expected to vote on the levy on 3 June.',
    );
  });
});

// "Asked" is forward-looking only as a request: "was asked about the suit during an interview published Monday" puts a
// question and tells it, so it dates no trial ahead. Composed copy.
const suit = `Ferry families sue operator

By Ana Cole

Several families have filed a lawsuit against Bayline, the ferry operator, over the March sinking.

Governor Ellis was asked about the suit during an interview published Monday by the Coast Herald, in which she said she backed the families.
`;

describe('"asked" as a question put, not a request', () => {
  it('"when does the Bayline lawsuit go to trial?" is not answered by the interview', () => {
    expect(firstCited(analyzeArticle(suit), 'When does the Bayline lawsuit go to trial?')).toBe("doesn't say");
  });

  it('control: a request ("asked the court to set a trial date") still looks ahead', () => {
    const asked = analyzeArticle(
      suit.replace(
        'Governor Ellis was asked',
        'The families asked the court on Monday to set a trial date for June.\n\nGovernor Ellis was asked',
      ),
    );
    expect(firstCited(asked, 'When does the Bayline lawsuit go to trial?')).not.toBe("doesn't say");
  });
});
