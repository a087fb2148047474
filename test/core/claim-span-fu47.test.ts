import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// fu47 (session 47, issue 13): a question cites the whole claim its sentence belongs to — the rest of a
// quotation left open, and the same speaker's quotation running on in the next sentence of the paragraph —
// as the editors flag the claim wherever it is stated. The scorer is injected (0.35 asks a reported claim,
// followup-bars-fu46.test.ts), so only the citing is tested. Invented copy.

const CLAIM = 'Councillor Ines Marlow said the ferry trust had sold its spare vessel to a director for a nominal sum.';

/** The sentences (by text) the question of `paragraphs` holding `fragment` cites. */
function cited(paragraphs: string[], fragment = 'nominal sum'): string[] {
  const analysis = analyzeArticle(['Ferry trust delays timetable review', '', ...paragraphs].join('\n'));
  const questions = findOpenQuestions(analysis, { model: () => 0.35 });
  const byId = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  return questions.filter((q) => q.text.includes(fragment)).flatMap((q) => q.sentenceIds.map((id) => byId.get(id)!));
}

const LEAD = 'The Skellan ferry trust delayed its timetable review on Wednesday.';
const MORE = '“We asked for the board minutes and were refused,” she said.';

describe('a question cites the whole claim', () => {
  it("the speaker's quotation running on in the same paragraph", () => {
    expect(cited([LEAD, '', `${CLAIM} ${MORE}`])).toEqual([CLAIM, MORE]);
  });

  it('a quotation left open into the next sentence', () => {
    const open =
      '“The trust sold the spare vessel to a director for a nominal sum, and it is unclear who approved the sale.';
    const close = 'Nobody on the board objected,” Councillor Ines Marlow said.';
    expect(cited([LEAD, '', `${open} ${close}`], 'approved the sale')).toEqual([open, close]);
  });
});

describe('and not what is no part of it (controls)', () => {
  it("another speaker's quotation next", () => {
    expect(cited([LEAD, '', `${CLAIM} “That is untrue,” said the trustee Paul Ebdon.`])).toEqual([CLAIM]);
  });

  it("the speaker's quotation in the next paragraph", () => {
    expect(cited([LEAD, '', CLAIM, '', MORE])).toEqual([CLAIM]);
  });

  it('a quotation closed in its sentence', () => {
    const closed =
      '“The trust sold the spare vessel to a director for a nominal sum, and it is unclear who approved the sale.”';
    const next = 'Councillor Ines Marlow said nobody on the board objected.';
    expect(cited([LEAD, '', `${closed} ${next}`], 'approved the sale')).toEqual([closed]);
  });

  it("the speaker's next sentence that does not open on her words", () => {
    const also = 'Marlow also said the pier would need repairs before the summer.';
    expect(cited([LEAD, '', `${CLAIM} ${also}`])).toEqual([CLAIM]);
  });
});

describe('a spanned claim is no pair of accounts (control)', () => {
  it('a disputed claim citing its quotation keeps its place behind a stronger question', () => {
    const disputes = 'Councillor Ines Marlow said she disputes the trust’s account of the sale.';
    const analysis = analyzeArticle(
      [
        'Ferry trust delays timetable review',
        '',
        'The council will vote on the ferry contract next month.',
        '',
        `${disputes} ${MORE}`,
      ].join('\n'),
    );
    // The schedule scored above the dispute: only a question setting two accounts against each other goes first.
    const questions = findOpenQuestions(analysis, { model: (f) => (f.includes('c:schedule') ? 0.6 : 0.3) });
    expect(questions.map((q) => q.kind)).toEqual(['pending', 'disputed']);
  });
});
