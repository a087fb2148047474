import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "Who runs the ferry?" was read as "who is the head of the ferry?" alone, so "runs" left the question and "The
// operator, Brightwater Marine, runs the ferry" covered no more of it than a sentence saying the ferry carries
// passengers. The verb stays a topic word beside the head; it is not required, since the copy may name the head
// instead ("Jo Park, director of the trust"). Composed copy.
const story = `Island ferry contract renewed

By Ana Cole

The island ferry carries about 900 passengers a day between Dunmore and Kelby, the council said.

Brightwater Marine, the operator, runs the ferry under a 12-year contract.

"We are proud of the service," said Jo Park, director of the Kelby Harbour Trust.

The trust ran a survey of passengers in May.
`;
const ferry = analyzeArticle(story);

describe('"who runs X?" reads the verb as well as the head', () => {
  it('"who runs the ferry?" cites the operator running it', () => {
    expect(firstCited(ferry, 'Who runs the ferry?')).toBe(
      'Brightwater Marine, the operator, runs the ferry under a 12-year contract.',
    );
  });

  it('control: the head named by role still answers when no sentence says "runs"', () => {
    expect(firstCited(ferry, 'Who runs the Kelby Harbour Trust?')).toBe(
      '"We are proud of the service," said Jo Park, director of the Kelby Harbour Trust.',
    );
  });
});
