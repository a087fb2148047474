import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findCues } from '../../src/core/question-cues';

// Session 56 (fu56b): issue 13's items fu56 left, on invented copy of each shape.

const questions = (body: string) => analyzeArticle(`Water row\n\n${body}`).questions.map((q) => q.text);

describe('"Who can say …" names no place as whom to call', () => {
  it('a name written only after "in" gets no bracket, even typed an organisation', () => {
    const asked = questions(
      'The mine opened in 2019 and now employs 300 people. Nobody in Harlow Flats can say how much water the mine takes from the aquifer.',
    );
    expect(asked).toContain('Who can say how much water the mine takes from the aquifer?');
    expect(asked.join(' ')).not.toMatch(/\(Harlow Flats\)/);
  });
});

describe('a plan the sentence judges is not pending', () => {
  it.each([
    'Her plan to widen the harbour is a particularly good idea, approved by most economists.',
    'The plan to close the depot was a mistake, the mayor said.',
  ])('%s', (text) => {
    expect(findCues(text).map((c) => c.shape)).not.toContain('plan');
  });

  it('controls: a predicate that still waits on a vote or a date keeps the plan', () => {
    expect(
      findCues('The plan to close the depot is a proposal the council will vote on in May.').map((c) => c.shape),
    ).toContain('plan');
    expect(findCues('The plan to close the depot is due to be voted on in May.').map((c) => c.shape)).toContain('plan');
  });
});

describe('"weighing into" is a phrasal verb, not a choice still being made', () => {
  it('reads no ongoing deliberation', () => {
    expect(findCues('The senator is weighing into the harbour row.').map((c) => c.shape)).not.toContain('ongoing');
  });

  it('control: "weighing whether to …" still deliberates', () => {
    expect(findCues('Trustees are weighing whether to sell the harbour depot.').map((c) => c.shape)).toContain(
      'ongoing',
    );
  });
});
