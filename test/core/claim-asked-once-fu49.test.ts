import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// fu49 (session 49, issue 13): a question cites the whole claim its sentence belongs to (claim-span.ts), so a
// second cued sentence of the same claim asked on its own would put the same lead to the reader twice (on
// PolNeAR train, four articles did). The scorer is injected (0.35 asks every cued or reported sentence), so only
// the choice is tested. Invented copy.

const LEAD = 'The Skellan ferry trust delayed its timetable review on Wednesday.';
const CLAIM = 'Councillor Ines Marlow said the ferry trust had refused to say who bought its spare vessel.';
const MORE = '“We asked for the board minutes and it is still unclear who approved the sale,” she said.';

/** The questions of the article of `paragraphs`, each as the sentences (by text) it cites. */
function asked(paragraphs: string[]): string[][] {
  const analysis = analyzeArticle(['Ferry trust delays timetable review', '', ...paragraphs].join('\n'));
  const byId = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  return findOpenQuestions(analysis, { model: () => 0.35 }).map((q) => q.sentenceIds.map((id) => byId.get(id)!));
}

describe('one claim is asked once', () => {
  it("the speaker's quotation running on holds a cue of its own", () => {
    const questions = asked([LEAD, '', `${CLAIM} ${MORE}`]);
    expect(questions.filter((cited) => cited.includes(MORE))).toEqual([[CLAIM, MORE]]);
  });
});

describe('two claims are still two questions (controls)', () => {
  it("the speaker's next sentence that does not open on her words", () => {
    const also = 'Marlow also said it is still unclear who approved the sale.';
    const questions = asked([LEAD, '', `${CLAIM} ${also}`]);
    expect(questions).toContainEqual([CLAIM]);
    expect(questions).toContainEqual([also]);
  });

  it("another speaker's cued sentence next to the claim", () => {
    const other = 'The trustee Paul Ebdon said it is unclear who approved the sale.';
    const questions = asked([LEAD, '', `${CLAIM} ${other}`]);
    expect(questions).toContainEqual([CLAIM]);
    expect(questions).toContainEqual([other]);
  });
});
