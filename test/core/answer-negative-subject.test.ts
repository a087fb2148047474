import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "Who signed the petition?" cited "No one on the council's finance committee signed the petition …": the negation
// reader saw only "not", "never" and "n't" before the verb, so a negative subject ("no one", "nobody", "none")
// read as someone doing the act, and it outranked the residents who did. Composed copy.
const story = (first: string) => `Petition to save the lido

By Ana Cole

${first}

More than 3,000 residents signed the petition in its first week, according to the Friends of Kelby Lido.

The lido closed in 2022 after a storm damaged its pumps.
`;
const residents =
  'More than 3,000 residents signed the petition in its first week, according to the Friends of Kelby Lido.';

describe('a negative subject does not do the act', () => {
  it('"no one on the committee signed" gives way to the residents who signed', () => {
    const lido = analyzeArticle(
      story(
        "No one on the council's finance committee signed the petition to save the Kelby lido, its organisers said.",
      ),
    );
    expect(firstCited(lido, 'Who signed the petition to save the lido?')).toBe(residents);
  });

  it('"said that nobody had signed" likewise', () => {
    const lido = analyzeArticle(
      story('The organisers said that nobody from the council had signed the petition to save the Kelby lido.'),
    );
    expect(firstCited(lido, 'Who signed the petition to save the lido?')).toBe(residents);
  });

  it('control: "no" inside the subject ("a man with no ties …") does not negate the act', () => {
    const plain = 'A man with no ties to the council signed the petition to save the Kelby lido on Monday.';
    expect(firstCited(analyzeArticle(story(plain)), 'Who signed the petition to save the lido?')).toBe(plain);
  });

  it('control: a title opening with "No" and a capital ("No Way Home") is no negative subject', () => {
    const film = analyzeArticle(`Mayor film to air

By Ana Cole

The film shows the private side of the mayor watching football at home.

- Mayor Jo Park: No Way Home is being shown on Channel 5 on Friday 3 March at 2100 GMT.
`);
    // The list's dash is no part of the cited sentence (fix53b's list-marker.ts).
    expect(firstCited(film, 'When and where can I watch the film?')).toBe(
      'Mayor Jo Park: No Way Home is being shown on Channel 5 on Friday 3 March at 2100 GMT.',
    );
  });
});
