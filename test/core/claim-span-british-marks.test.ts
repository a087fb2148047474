import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// Review s48 B-a49-11: a question cites the whole claim (claim-span.ts, fu47), but "opens on a quotation" was a
// regex on raw text, so British copy typed with straight single marks ('…') dropped the speaker's words running on.
// The article's mark style is now read as the quote readers read it. The scorer is injected, as in
// claim-span-fu47.test.ts, so only the citing is tested. Invented copy.

const CLAIM =
  'Harbour councillor Ruth Adair said the pier trust had leased the old boathouse to its chair for a token rent.';
const LEAD = 'The Carrow pier trust postponed its annual meeting on Monday.';

/** The sentences (by text) the question about the lease cites. */
function cited(paragraphs: string[]): string[] {
  const analysis = analyzeArticle(['Pier trust postpones meeting', '', ...paragraphs].join('\n'));
  const questions = findOpenQuestions(analysis, { model: () => 0.35 });
  const byId = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  return questions
    .filter((q) => q.text.includes('token rent'))
    .flatMap((q) => q.sentenceIds.map((id) => byId.get(id)!));
}

describe("the speaker's quotation running on, in straight single marks", () => {
  it('is cited with the claim', () => {
    const more = "'We asked to see the lease and were turned away,' she said.";
    expect(cited([LEAD, '', `${CLAIM} ${more}`])).toEqual([CLAIM, more]);
  });
});

describe('a quotation in straight single marks left open into the next sentence', () => {
  it('is cited whole', () => {
    const open =
      "'The trust leased the old boathouse to its chair for a token rent, and nobody knows who signed it off.";
    const close = "The board never met,' Councillor Ruth Adair said.";
    expect(cited([LEAD, '', `${open} ${close}`])).toEqual([open, close]);
  });
});

describe('controls', () => {
  it.each([
    ['curly single marks', '‘We asked to see the lease and were turned away,’ she said.'],
    ['double marks', '"We asked to see the lease and were turned away," she said.'],
  ])('%s run on as before', (_, more) => {
    expect(cited([LEAD, '', `${CLAIM} ${more}`])).toEqual([CLAIM, more]);
  });

  it("British copy: the speaker's next sentence that does not open on her words", () => {
    const also = 'Adair also said the slipway would need repairs before the summer.';
    const other = "'The lease was approved by the full board,' said the trust's secretary, Tom Brill.";
    expect(cited([LEAD, '', `${CLAIM} ${also}`, '', other])).toEqual([CLAIM]);
  });
});
