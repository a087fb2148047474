import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';

// fu50 (session 50, issue 13; review 50's B-r50-5): fu49 asked one claim once by skipping any candidate whose claim
// span (claim-span.ts) takes in a sentence already asked, so a speaker's second claim on another matter, running on
// in her quotation, was dropped. Two sentences of one run are now one claim only when their content words say so
// (same-claim.ts). The scorer is injected (0.35 asks every cued or reported sentence), so only the choice is tested.
// Invented copy.

const LEAD = 'The Skellan ferry trust delayed its timetable review on Wednesday.';
const FIRST =
  'The transport minister, Alun Pryce, said the inquiry into the collapsed Tarrow bridge contract would report by March.';

/** The questions of the article of `paragraphs`, each as the sentences (by text) it cites. */
function asked(paragraphs: string[]): string[][] {
  const analysis = analyzeArticle(['Ferry trust delays timetable review', '', ...paragraphs].join('\n'));
  const byId = new Map(analysis.sentences.map((s) => [s.id, s.text]));
  return findOpenQuestions(analysis, { model: () => 0.35 }).map((q) => q.sentenceIds.map((id) => byId.get(id)!));
}

describe('two claims in one speaker’s run are two questions', () => {
  it('a minister’s second claim, on another matter, running on in his quotation', () => {
    const other =
      '“Separately, the harbour board has refused to publish its 2025 accounts, and it is unclear where the £4m dredging grant went,” he said.';
    const questions = asked([LEAD, '', `${FIRST} ${other}`]);
    expect(questions.filter((cited) => cited.includes(FIRST))).toHaveLength(2);
    expect(questions.filter((cited) => cited.includes(other))).toHaveLength(2);
  });
});

describe('one claim restated is asked once (control)', () => {
  it('the minister restates the same claim in his quotation', () => {
    const again = '“The inquiry into the Tarrow bridge contract will report in March, and not a day later,” he said.';
    const questions = asked([LEAD, '', `${FIRST} ${again}`]);
    expect(questions.filter((cited) => cited.includes(again))).toEqual([[FIRST, again]]);
  });
});
