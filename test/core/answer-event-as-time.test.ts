import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Audit 50 B-a50-7: "why did the previous director resign?" was answered with "…has run the agency since the previous
// director resigned.": the asked event said only as the time of another gives no cause. Composed copy.
const museum = (second: string) =>
  analyzeArticle(`Museum still without a director

The Harrow Bay maritime museum has been without a permanent director for eight months. ${second}

Visitor numbers fell by a fifth last year, the museum's accounts show.
`);

describe('a why-question over the asked event given only as a time', () => {
  it('says the article does not say, for "since" and "after" clauses', () => {
    const since = museum('Its deputy, Colm Arden, has run the museum since the previous director resigned.');
    expect(firstCited(since, 'Why did the previous director resign?')).toBe("doesn't say");
    const after = museum('Its deputy, Colm Arden, took charge after the previous director resigned.');
    expect(firstCited(after, 'Why did the previous director resign?')).toBe("doesn't say");
  });

  it('controls: the event in its own clause with an "after" cause, or with its cause in the clause, still answers', () => {
    const cause = museum('The previous director resigned after the trustees cut the exhibitions budget.');
    expect(firstCited(cause, 'Why did the previous director resign?')).toContain('after the trustees cut');
    const protest = museum(
      'Its deputy, Colm Arden, has run the museum since the previous director resigned in protest at the budget cuts.',
    );
    expect(firstCited(protest, 'Why did the previous director resign?')).toContain('in protest at the budget cuts');
  });

  // Review 50 B-r50-3: two content words after the verb ("over the funding cuts", "in protest at the cuts") had
  // counted as a bare event; only a time or a place after it is one.
  it('a cause after the verb in the clause keeps the sentence as the answer', () => {
    const over = museum(
      'Its deputy, Colm Arden, has run the museum since the previous director resigned over the pay cuts.',
    );
    expect(firstCited(over, 'Why did the previous director resign?')).toContain('over the pay cuts');
    const protest = museum(
      'Its deputy, Colm Arden, has run the museum since the previous director quit in protest at the cuts.',
    );
    expect(firstCited(protest, 'Why did the previous director quit?')).toContain('in protest at the cuts');
  });

  it('controls: a time or a place after the verb is still only a time', () => {
    const march = museum('Its deputy, Colm Arden, has run the museum since the previous director resigned in March.');
    expect(firstCited(march, 'Why did the previous director resign?')).toBe("doesn't say");
    const lastYear = museum(
      'Its deputy, Colm Arden, has run the museum since the previous director resigned last year.',
    );
    expect(firstCited(lastYear, 'Why did the previous director resign?')).toBe("doesn't say");
  });
});
