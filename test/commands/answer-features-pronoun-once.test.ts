import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerFeatures } from '../../src/core/answer-features';
import * as termMatch from '../../src/core/term-match';

// Review s50 B-r50-10: when a pronoun resolves to the asked person, every term was matched against every sentence
// twice (once for the held shares, once for the pronoun rows): 2-3x the time of each /ask about a "he" or "she".
// The pronoun rows now reuse the plain matches. The count is the work, not a timing, so it does not depend on load.
// A module mock: it runs in the isolated project (vitest.config.ts MODULE_MOCKING_TESTS), where no file loads first.
vi.mock('../../src/core/term-match', async (original) => {
  const actual = await original<typeof termMatch>();
  return { ...actual, matchTerm: vi.fn(actual.matchTerm) };
});
const calls = () => vi.mocked(termMatch.matchTerm).mock.calls.length;

const ferry = analyzeArticle(`Harbour chief backs Harwick ferry plan

Councillor Helen Marsh, who chairs the harbour board, spoke about the ferry plan at the town hall on Monday.

Marsh said the board would publish the ferry timetable in the spring.

Away from the harbour, she is a keen supporter of Harwick Rovers and rarely misses a home match.

Fuel costs for the route have not yet been agreed.
`);

const countFor = (question: string) => {
  vi.mocked(termMatch.matchTerm).mockClear();
  const features = answerFeatures(ferry, question);
  return { features, calls: calls() };
};

describe('answer features when a pronoun resolves', () => {
  it('matches each question term once per sentence, and still keeps the pronoun-free figures', () => {
    const { features, calls: made } = countFor('which club does Helen Marsh support?');
    expect(features.sentences.some((s) => s.held !== undefined)).toBe(true);
    expect(made).toBe(features.terms.terms.length * ferry.sentences.length);
  });

  it('control: a question with no pronoun to read matches each term once per sentence', () => {
    const { features, calls: made } = countFor('when will the ferry timetable be published?');
    expect(features.sentences.some((s) => s.held !== undefined)).toBe(false);
    expect(made).toBe(features.terms.terms.length * ferry.sentences.length);
  });
});
