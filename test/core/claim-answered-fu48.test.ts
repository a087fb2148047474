import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { claimAnswered } from '../../src/core/claim-answered';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// fu48 (session 48, issue 13): a disputed passage whose rebuttal only points back at a claim ("rejected that
// idea", "dismissed that suggestion") is shown with the claim it answers, the sentence before, when that sentence
// is someone else's words and the two fit one passage; alone it says nothing a reporter could chase. The scorer is
// injected (0.35), so only what is shown and cited is tested. Invented copy.

const LEAD = 'The Skellan ferry trust delayed its timetable review on Wednesday.';
const CLAIM = 'Councillor Ines Marlow said the trust had sold its spare vessel to a director for a nominal sum.';

/** The disputed items of the story: their text and the sentences they cite. */
function disputed(body: string): Array<{ text: string; cites: string[] }> {
  const analysis = analyzeArticle(['Ferry trust delays timetable review', '', LEAD, '', body].join('\n'));
  const byId = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  return findOpenQuestions(analysis, { model: () => 0.35 })
    .filter((q) => q.kind === 'disputed')
    .map((q) => ({ text: q.text, cites: q.sentenceIds.map((id) => byId.get(id)!) }));
}

describe('a rebuttal pointing back is shown with the claim it answers', () => {
  it('"rejected that idea" after a councillor’s claim', () => {
    const rebuttal = 'The trust chairman, Paul Ebdon, rejected that idea.';
    expect(disputed(`${CLAIM} ${rebuttal}`)).toEqual([
      { text: `Disputed: “${CLAIM} ${rebuttal}”`, cites: [CLAIM, rebuttal] },
    ]);
  });

  it('"contradicted her" after a reported suggestion', () => {
    const claim = 'Marlow suggested the trust had hidden the sale from its members.';
    const rebuttal = 'Ebdon contradicted her.';
    expect(disputed(`${claim} ${rebuttal}`)).toEqual([
      { text: `Disputed: “${claim} ${rebuttal}”`, cites: [claim, rebuttal] },
    ]);
  });
});

describe('and alone where it reads alone or nothing before answers (controls)', () => {
  it('a rebuttal that spells the claim out', () => {
    const rebuttal = 'The trust chairman, Paul Ebdon, rejected the idea that the vessel was sold cheaply.';
    expect(disputed(`${CLAIM} ${rebuttal}`).map((q) => q.cites)).toEqual([[rebuttal]]);
  });

  it('a sentence before that is nobody’s words', () => {
    const before = 'The trust sold its spare vessel in March.';
    const rebuttal = 'Paul Ebdon, the trust chairman, rejected that idea.';
    expect(disputed(`${before} ${rebuttal}`)).toEqual([{ text: `Disputed: “${rebuttal}”`, cites: [rebuttal] }]);
  });

  it('two sentences past the passage’s word budget', () => {
    const long =
      'Councillor Ines Marlow said on Tuesday evening, at a crowded meeting of the harbour users’ association in the old customs house, that the trust had sold its spare vessel to one of its own directors for a nominal sum.';
    const rebuttal = 'The trust chairman, Paul Ebdon, rejected that idea.';
    expect(disputed(`${long} ${rebuttal}`).map((q) => q.cites)).toEqual([[rebuttal]]);
  });
});

// fu48c (review 49, B-r49-7): "denied the allegations" answers an allegation somebody made. A quotation that only
// stands before the rebuttal ("'Our members trusted the board,' said Marlow") is not that claim, so no prefix; the
// claim told in reported speech ("Marlow said the trust had sold …") still is. Called as prepare-questions calls it,
// with the speakers by sentence id (statements first, then quotes).
function answered(body: string): string | null {
  const analysis = analyzeArticle(['Ferry trust delays timetable review', '', LEAD, '', body].join('\n'));
  const speakers = new Map<number, string>();
  for (const s of analysis.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of analysis.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  const index = analysis.sentences.length - 1;
  const before = claimAnswered('denied', analysis.sentences, index, speakers);
  return before === null ? null : analysis.sentences[before]!.text;
}

describe('an allegation is answered only where it is made', () => {
  const rebuttal = 'The trust chairman, Paul Ebdon, denied the allegations.';
  const quote = '"Our members trusted the board completely," said Councillor Ines Marlow.';

  it('a quotation that makes no allegation is not shown as the one denied', () => {
    const reported = 'Auditors said the trust had sold its spare vessel to a director for a nominal sum.';
    expect(answered(`${reported} ${quote} ${rebuttal}`)).toBeNull();
  });

  it('the allegation told in reported speech is (control)', () => {
    expect(answered(`${CLAIM} ${rebuttal}`)).toBe(CLAIM);
  });

  it('a quotation before "rejected that idea" still is: an idea needs no act of alleging (control)', () => {
    const idea = '"The trust sold the spare vessel to a director for a nominal sum," said Councillor Ines Marlow.';
    const rejected = 'The trust chairman, Paul Ebdon, rejected that idea.';
    expect(answered(`${idea} ${rejected}`)).toBe(idea);
  });
});
