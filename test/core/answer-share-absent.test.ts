import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// "What share of Latino voters did Cruz win?" was answered with a sentence giving no part of any whole ("… a watershed
// moment in American politics"): a share question needs a percentage, a fraction or "N in M". Composed copy.
const bypass = analyzeArticle(`Elmouth bypass splits town, survey finds

By Ana Cole

Shopkeepers on Elmouth's high street fear the new bypass will take trade away from the town centre, according to a council survey published on Monday.

The survey asked 900 residents and traders about the £60m road, which would carry lorries around the town.

Among residents, 58 percent said the road was needed, and two in three wanted it built before 2030.

Pensioners in the Old Town backed the bypass more strongly than any other group in the council survey, its authors said.

The council will vote on the scheme in March.
`);
const asked =
  'The survey asked 900 residents and traders about the £60m road, which would carry lorries around the town.';
const residents = 'Among residents, 58 percent said the road was needed, and two in three wanted it built before 2030.';

const scared = analyzeArticle(`Older voters wary of Elmouth bypass

By Ana Cole

Older voters in Elmouth were asked by the council whether they would be scared by a bypass through the Old Town, in a survey of voters across the county.

The bypass would carry lorries around the town centre and cost £60m.

For the bypass, 41% of voters would be scared if the council approved it -- including 52% of older voters and 30% of younger ones.

The council will vote on the scheme in March.
`);

describe('a share question over a sentence giving no share', () => {
  it('a count of the people asked is no share of them', () => {
    const result = answerQuestion(bypass, 'What proportion of the traders asked fear the bypass will take trade away?');
    expect(result).toMatchObject({ answer: null, reason: 'The article gives no share or percentage for it.' });
  });

  it('controls: a percentage or "two in three" answers, and the count still answers "how many"', () => {
    expect(firstCited(bypass, 'What share of residents said the road was needed?')).toBe(residents);
    expect(firstCited(bypass, 'What proportion of residents wanted it built before 2030?')).toBe(residents);
    expect(firstCited(bypass, 'How many residents and traders did the survey ask?')).toBe(asked);
    expect(firstCited(scared, 'What share of older voters would be scared by the bypass?')).toContain('52% of older');
  });
});
