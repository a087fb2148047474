import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

/** The reply when the copy names no one in the asked role. */
const NO_WHO = { answer: null, reason: expect.stringMatching(/does not say who/) };

// Review 51's B-r51-1: the "who <verb>…?" abstentions read only the best sentence, so a doer named further down
// was missed and the article was said to be silent. Composed copy.
const tender = (last: string) =>
  analyzeArticle(`Port tender scores leaked

The tender scoring sheet for the Ardmore quay works was leaked to a rival bidder in March, the port authority said.

The authority has suspended the tender and asked bidders to resubmit.

${last}
`);
const admitted = 'A procurement clerk, Nadia Vesk, told a hearing on Tuesday that she had leaked the sheet.';

describe('a doer named below a sentence that leaves it out', () => {
  it('"she had leaked the sheet" two paragraphs on names the leaker, and is cited', () => {
    expect(firstCited(tender(admitted), 'Who leaked the tender scoring sheet?')).toBe(admitted);
  });

  it('control: a name below that does not do the act leaves the article silent on who', () => {
    const denied = tender('A procurement clerk, Nadia Vesk, said at a hearing that the sheet had been kept in a safe.');
    expect(answerQuestion(denied, 'Who leaked the tender scoring sheet?')).toMatchObject(NO_WHO);
  });

  it('a WordNet synonym of the act with a name before it ("Lena Marsh took 640 votes") names the winner', () => {
    const ward = analyzeArticle(`Quarry ward result

The Independents lost the Quarry ward seat on the district council on Thursday after 20 years.

The Liberal Democrat candidate, Lena Marsh, took 640 votes, the returning officer said.

Turnout was 27%.
`);
    expect(firstCited(ward, 'Who won the Quarry ward seat?')).toBe(
      'The Liberal Democrat candidate, Lena Marsh, took 640 votes, the returning officer said.',
    );
  });

  const ferry = (second: string) =>
    analyzeArticle(`Halden Marine sells ferry arm

Halden Marine has agreed to sell its ferry company for £40m, chairman Piet Arnold told shareholders on Monday.

${second}
`);
  const buyer = 'The buyer, Kestrel Lines, said it would keep all four routes running.';

  it('"The buyer, Kestrel Lines," names who is buying, and is cited', () => {
    expect(firstCited(ferry(buyer), 'Who is buying the ferry company?')).toBe(buyer);
  });

  it('control: the one who reports the sale is no buyer, and no other sentence names one', () => {
    const staff = ferry('The ferry company employs 210 people on four routes.');
    expect(answerQuestion(staff, 'Who is buying the ferry company?')).toMatchObject(NO_WHO);
  });
});

// Review 51's B-r51-2: the other side of the converse act was known only after to/from/with/by; a name the analysis
// finds anywhere after the act ("beating the holders, Corran Athletic") names it too. Composed copy.
const final = (first: string) =>
  analyzeArticle(`Ashby lift the county cup

${first}

A crowd of 3,100 watched at Mill Lane.
`);

describe('the other side named in another construction', () => {
  it('"won …, beating the holders, Corran Athletic" names who lost, and is cited', () => {
    const beating = 'Ashby Town won the county cup final on Saturday, beating the holders, Corran Athletic, 2-1.';
    expect(firstCited(final(beating), 'Who lost the county cup final?')).toBe(beating);
  });

  it('control: "won … with a late goal" names no loser', () => {
    const late = final('Ashby Town won the county cup final on Saturday with a goal in the last minute.');
    expect(answerQuestion(late, 'Who lost the county cup final?')).toMatchObject(NO_WHO);
  });
});
