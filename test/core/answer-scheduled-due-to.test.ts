import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { lacksFiller } from '../../src/core/lacks-filler';
import { answerTypeBonus } from '../../src/core/question-type';

// Issue 12 (review B-main-71): "was due to sign" is a schedule, not a cause, so a why-question must not cite it.
// Composed copy in two house styles: a British sports report and a US local-news wire story.
const transfer = analyzeArticle(`Harbour club's swoop for goalkeeper falls through

Harbour Town's £3 million bid for Rovers goalkeeper Tomas Lind fell apart on Friday after a failed medical, the club said.

Lind, 28, had agreed a three-year deal and was due to sign on Monday.

Rovers manager Ellen Shaw said she was glad to keep the Swede, who kept 14 clean sheets last season.

Lind has not commented publicly.
`);

const board = analyzeArticle(`Springfield school board puts off budget decision

SPRINGFIELD — The Springfield school board put off its budget decision Tuesday after two members fell ill, board chair Maria Lopez said.

The board was due to vote on a $42 million budget for next year at Tuesday's meeting.

Lopez said the vote would now take place on March 14.

Teachers had urged the board to restore funding for music classes.
`);

const museum = analyzeArticle(`Museum closes early as storms hit the coast

The Coast Museum shut its doors two hours early on Sunday due to the storm, staff said.

About 300 visitors were asked to leave the galleries before the wind picked up.

The new whaling exhibition is due to open in May.
`);

/** A why-question's 'gap' feature: the sentence offers no cause. */
const noCause = (text: string): boolean => lacksFiller('reason', { typed: false, fresh: 0, counted: false, text });

const firstCited = (analysis: Analysis, question: string): string => {
  const id = answerQuestion(analysis, question).sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? '';
};

describe('"due to" before a verb is a schedule, not a cause', () => {
  it('cites the reason the move fell apart, not the signing it was due for (British copy)', () => {
    expect(firstCited(transfer, 'why did the move collapse?')).toContain('after a failed medical');
  });

  it('cites the reason the decision was put off, not the vote it was due to hold (US copy)', () => {
    expect(firstCited(board, 'why did the board put off its budget decision?')).toContain('two members fell ill');
  });

  it('reads no cause in "due to sign" or "due to be"', () => {
    expect(noCause('Lind had agreed terms and was due to sign on Monday.')).toBe(true);
    expect(noCause('The report is due to be published in May.')).toBe(true);
    expect(answerTypeBonus('reason', 'The board was due to vote on Tuesday.')).toBe(0);
  });

  it('reads a cause after "due to" + a determiner, a noun or a name (control)', () => {
    expect(noCause('The match was called off due to the storm.')).toBe(false);
    expect(noCause('He missed the game due to injury.')).toBe(false);
    expect(noCause('The rally was cancelled due to rain.')).toBe(false);
    expect(noCause("Turnout fell due to Trump's remarks.")).toBe(false);
    expect(answerTypeBonus('reason', 'The match was called off due to the storm.')).toBe(0.5);
  });

  it('still cites a "due to the storm" sentence for why, and a "due to open" one for when (controls)', () => {
    expect(firstCited(museum, 'why did the museum close early?')).toContain('due to the storm');
    expect(firstCited(museum, 'when does the exhibition open?')).toContain('due to open in May');
  });
});
