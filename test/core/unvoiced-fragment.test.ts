import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (copy: string) =>
  analyzeArticle(copy, { title: 'Clinic review' }).quotes.map((q) => [q.text, q.speaker] as const);

/**
 * Audit 56, B-a56-6: a term quoted from guidance, in a sentence with no verb of saying, was credited to the last
 * speaker because the sentence mentioned his role ("must be referred to the Transport Secretary").
 */
describe('a quoted term that no one in its sentence says', () => {
  it("is no one's, though the sentence names the last speaker's role", () => {
    const copy =
      "Transport Secretary Fergus Baird told the Courier that he would 'study the outcome' of the review.\n\n" +
      "'If the council asks for a change, I will weigh it on its merits,' Mr Baird said.\n\n" +
      "Under the council's rules, any scheme classed as a 'major route change' must be sent to the Transport " +
      'Secretary for approval.';
    expect(speakers(copy).at(-1)).toEqual(['major route change', null]);
  });

  it('control: a term the sentence has someone call so keeps its speaker', () => {
    const copy =
      "Transport Secretary Fergus Baird told the Courier that he would 'study the outcome' of the review.\n\n" +
      "Mr Baird called the scheme a 'major route change' on Tuesday.";
    expect(speakers(copy).at(-1)).toEqual(['major route change', 'Fergus Baird']);
  });
});
