import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (sentence: string): Array<string | null> =>
  analyzeArticle(`Budget row\n\nThe budget was published on Monday.\n\n${sentence}`).quotes.map((q) => q.speaker);

/** Review s33 B-main-53: a quotation whose verb sits in a "who" relative went to the sentence's subject. */
describe("a relative's speech verb is its antecedent's, never the sentence subject's", () => {
  it('the person right before ", who said"', () => {
    expect(speakers("Mr Hale met Ms Rao, who told him the delays were 'inexcusable and avoidable'.")).toEqual(['Rao']);
  });

  it("the ranker does not override the relative with the clause's subject", () => {
    expect(speakers('Ms. Ortiz thanked the nurses, who said the shifts were "impossible to sustain".')).toEqual([
      'the nurses',
    ]);
    expect(speakers('Ms. Ortiz spoke after Mr. Dunn, who had said the plan was "a fair compromise".')).toEqual([
      'Dunn',
    ]);
  });

  it.each([
    ['Ms. Ortiz criticised Governor Dan Price, who called the plan "a fair compromise".', 'Ortiz'],
    ['Ms. Ortiz met Governor Dan Price, who said the plan was "a fair compromise".', 'Ortiz'],
    ['The mayor, who said the plan was "a disgrace to the town", met Ms. Ortiz on Monday.', 'Ortiz'],
  ])('%s', (sentence, notSpeaker) => {
    expect(speakers(sentence)).not.toContain(notSpeaker);
  });

  it("controls: a relative that only describes the subject, and a passive's agent", () => {
    expect(speakers('Sara Cole, who chairs the board, said the plan was "a disgrace to the town".')).toEqual([
      'Sara Cole',
    ]);
    expect(speakers('Mayor Tom Fenn was criticised by Rita Moss, who said the plan was "a disgrace".')).not.toContain(
      'Tom Fenn',
    );
  });
});
