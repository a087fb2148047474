import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// "How much cash does Bernie have on hand?" was answered with "…raised over $6 million in the day after…", and "how
// much money has Faso's own campaign raised?" with another donor's cheque to a group backing him: a sentence holding
// a sum but saying little of the question gives a sum for something else. Composed copy.
const mayoral = analyzeArticle(`Developer backs Green hopeful in Marlow mayoral race

By Ruth Amos

A property developer has given £40,000 to a group backing Nia Pryce, the Green candidate for mayor of Marlow, filings published on Friday show.

The group, Marlow Forward, has paid for leaflets and a billboard on the ring road.

Pryce, a former nurse, says the town needs more buses and fewer car parks.

Her rival, Conservative councillor Tom Hale, has called the donation "a conflict of interest".

Voters go to the polls on 4 May.
`);
const gift =
  'A property developer has given £40,000 to a group backing Nia Pryce, the Green candidate for mayor of Marlow, filings published on Friday show.';
const another = { answer: null, reason: 'The article gives a sum, but not for this.' };

describe('a money question over a sum said of something else', () => {
  it("a donor's gift to a group backing her is not her campaign's own money", () => {
    expect(answerQuestion(mayoral, "How much money has Pryce's own campaign raised?")).toMatchObject(another);
    expect(answerQuestion(mayoral, 'How much is Pryce paying her campaign staff?')).toMatchObject(another);
  });

  it('controls: the sum asked about, in the words of the question or others, still answers', () => {
    expect(firstCited(mayoral, 'How much did the developer give to Marlow Forward?')).toBe(gift);
    expect(firstCited(mayoral, 'How much money did the developer give?')).toBe(gift);
    expect(firstCited(mayoral, 'How much has the group been given?')).toBe(gift);
  });
});

// Review 50 B-r50-4: copy names the premise once in the lede and then says "the council", "the repairs"; the sentence
// giving the sum is not another's for lacking the names its opening sentence just said. Composed copy.
const footbridge = analyzeArticle(`Footbridge repairs approved

Carrow district council approved repairs to the Hythe Lane footbridge on Tuesday after residents of Eastmoor petitioned for a year.

The council will spend £1.2m on the repairs, its head of highways said, with work starting in June.

Pedestrians will use a ferry while the footbridge is shut.
`);
const spend = 'The council will spend £1.2m on the repairs, its head of highways said, with work starting in June.';

describe('a money question whose names sit in the opening sentence', () => {
  it('the sum in the next sentence answers a question naming what the lede named', () => {
    expect(
      firstCited(footbridge, 'How much will the repairs to the Hythe Lane footbridge in Eastmoor cost Carrow?'),
    ).toBe(spend);
    expect(firstCited(footbridge, 'How much will Carrow spend on the footbridge repairs?')).toBe(spend);
  });

  it("control: the question in the sentence's own words answers on both", () => {
    expect(firstCited(footbridge, 'How much will the council spend on the repairs?')).toBe(spend);
  });
});
