import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Review s45 B-r45-16: "where does Ann Lee chair the board?" was answered by "Ann Lee, who chairs the board, spoke in
// Leeds": Leeds is where she spoke. A place answers only in a clause the asked verb heads. Invented copy.
const trust = analyzeArticle(`Library trust names new patron

By Rob Hale

Ann Lee, who chairs the board, spoke in Leeds on Monday about the library's future.

She said the trust would reopen the reading room in the spring.

Tom Reed chairs the finance committee in Bradford, where the trust keeps its accounts.

"Will the room reopen?" a reader asked Ms Lee after a talk in Otley.
`);

describe("a where-question's place stands in the asked act's clause", () => {
  it('the place of another act in the sentence does not answer', () => {
    expect(answerQuestion(trust, 'Where does Ann Lee chair the board?')).toMatchObject({
      answer: null,
      reason: 'The article says where something else happened, not where this did.',
    });
  });

  it('control: the place in the clause the verb heads answers, a relative clause after it aside', () => {
    expect(firstCited(trust, 'Where does Tom Reed chair the finance committee?')).toBe(
      'Tom Reed chairs the finance committee in Bradford, where the trust keeps its accounts.',
    );
  });

  it("control: the other act's own place still answers it", () => {
    expect(firstCited(trust, 'Where did Ann Lee speak?')).toBe(
      "Ann Lee, who chairs the board, spoke in Leeds on Monday about the library's future.",
    );
  });

  it('control: "after" is read as a preposition, so the place after it stays in the clause', () => {
    expect(firstCited(trust, 'Where was Ms Lee asked about the room?')).toBe(
      '"Will the room reopen?" a reader asked Ms Lee after a talk in Otley.',
    );
  });
});
