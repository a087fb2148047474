import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (s47): "has X <done> …?" asks whether an act has happened; the best sentence on X that never says the act
// is no yes or no. Composed copy.
const trust = analyzeArticle(
  [
    'Harbour trust names new chair',
    'The Millbrook harbour trust on Monday named Petra Lund as its new chair, replacing Omar Reddy after six years.',
    'Lund, a former ferry captain, told the Gazette she wanted to reopen the north pier to fishing boats.',
    'Reddy said the trust had cleared its debts and the pier lease would come up for renewal in the spring.',
    'The trust employs 40 people and runs the ferry to Sandholm.',
  ].join('\n\n'),
);
const signed = analyzeArticle(
  [
    'Harbour trust signs pier lease',
    'The Millbrook harbour trust on Monday named Petra Lund as its new chair, replacing Omar Reddy after six years.',
    'Lund, a former ferry captain, signed the north pier lease on Friday, reopening the pier to fishing boats.',
    "Lund gave £5,000 of her own money to the fishermen's fund last year.",
    'The trust employs 40 people and runs the ferry to Sandholm.',
  ].join('\n\n'),
);
const notYet = analyzeArticle(
  [
    'Harbour trust names new chair',
    'The Millbrook harbour trust on Monday named Petra Lund as its new chair, replacing Omar Reddy after six years.',
    'Lund, a former ferry captain, has yet to sign the north pier lease, which the fishermen want renewed.',
    'The trust employs 40 people and runs the ferry to Sandholm.',
  ].join('\n\n'),
);
const budget = analyzeArticle(
  [
    'Councillors clash over school budget',
    'Harwick councillors argued for three hours on Wednesday over the draft school budget for next year.',
    'Cllr Ada Quist said the budget cut too deeply into transport for rural pupils.',
    'The council approved the budget by 24 votes to 9 at the end of the meeting.',
  ].join('\n\n'),
);

describe('answerQuestion: has X done the act?', () => {
  it('declines when the best sentence on the matter never says the act, pointing at it', () => {
    const result = answerQuestion(trust, 'Has Lund signed the pier lease?');
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(result.reason).toContain('whether that has happened');
    expect(trust.sentences.find((s) => s.id === result.nearestId)?.text).toContain('pier lease');
  });

  it('declines the negated and past-perfect forms alike', () => {
    expect(answerQuestion(trust, "Hasn't Lund signed the pier lease?").answer).toBeNull();
    expect(answerQuestion(trust, 'Had Lund signed the pier lease before Monday?').answer).toBeNull();
  });

  it('answers when a sentence says the act, or that it has not happened yet (control)', () => {
    expect(answerQuestion(notYet, 'Has Lund signed the pier lease?').answer).toContain('has yet to sign');
    expect(answerQuestion(trust, 'Has the trust cleared its debts?').answer).toContain('cleared its debts');
    expect(answerQuestion(signed, 'Has Lund signed the pier lease?').answer).toContain('signed the north pier lease');
    expect(answerQuestion(budget, 'Have the councillors approved the budget?').answer).toContain('approved the budget');
  });

  it('reads an irregular past as the asked participle: "given" asked, "gave" written (control)', () => {
    expect(answerQuestion(signed, "Has Lund given money to the fishermen's fund?").answer).toContain('Lund gave');
  });

  it('leaves "has X commented?" to whether X spoke (control)', () => {
    expect(answerQuestion(trust, 'Has Lund commented on the pier?').answer).toContain('told the Gazette');
  });
});

// Review 48 B-r48-4: a vote or decision "to <verb> the <thing>" is the act done on the thing, in other words. Composed copy.
const vote = (decision: string) =>
  analyzeArticle(
    [
      'Trustees settle museum wing',
      `Trustees of the Dunhallow museum ${decision} after a long meeting on Thursday evening.`,
      'Building work on the glass gallery is due to begin in the autumn, a spokeswoman said.',
      'The museum welcomed 80,000 visitors last year.',
    ].join('\n\n'),
  );

describe('answerQuestion: has X done the act, over a decision to do it (review 48 B-r48-4)', () => {
  it('cites a vote or decision whose infinitive takes the asked thing', () => {
    const voted = vote('voted nine to four to endorse the east wing design');
    expect(answerQuestion(voted, 'Have the trustees accepted the east wing design?').answer).toContain(
      'to endorse the east',
    );
    const decided = vote('decided to scrap the east wing design');
    expect(answerQuestion(decided, 'Have the trustees approved the east wing design?').answer).toContain(
      'to scrap the',
    );
  });

  it('still declines over a wish or plan to act on it, or a decision on something else (control)', () => {
    const wanted = vote('said they wanted to endorse the east wing design');
    expect(answerQuestion(wanted, 'Have the trustees accepted the east wing design?').answer).toBeNull();
    const other = vote('voted nine to four to hire an architect for the east wing design');
    expect(answerQuestion(other, 'Have the trustees accepted the east wing design?').answer).toBeNull();
  });
});
