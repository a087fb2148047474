import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes session 38's sample 35 fixed by construction (docs/hand-read-questions.md, "Sample 35", #14, #16, #34)
 * and the review's open agreement case (a plural or coordinated denier with do-support), on copy written for the
 * test in more than one house style. Each case failed on main's head `5a708444`; each control passes on both.
 */

function questionsOf(body: string, lead = 'The board met on Tuesday.'): string[] {
  return analyzeArticle(`Local news in brief\n\n${lead} ${body}`).questions.map((q) => q.text);
}

describe("a 'whether' clause with a subject keeps its modal (sample 35 #34)", () => {
  it.each([
    // US copy.
    'The row raised serious doubts about whether the council will fund repairs to the Elm Road school before the winter term begins in September.',
    // British copy.
    'The strike raised fresh doubts over whether the ferry operator will restore the Sunday crossings before the summer timetable starts in May.',
  ])('%s', (sentence) => {
    const asked = questionsOf(sentence);
    expect(asked.some((q) => /^Will the (?:row|strike)\b/.test(q))).toBe(false);
  });

  it("control: a 'whether to' with no subject of its own leaves the modal the main clause's", () => {
    expect(questionsOf('A decision on whether to close the depot will be made by the board in March.')).toContain(
      'Will a decision on whether to close the depot be made by the board in March?',
    );
    expect(questionsOf('The harbour trust is due to publish its accounts in June.')).toContain(
      'Will the harbour trust publish its accounts in June?',
    );
  });
});

describe('a long dashed aside before the verb goes whole (sample 35 #14)', () => {
  it('keeps the whether clause its verb', () => {
    expect(
      questionsOf(
        'It is unclear whether the plan the mayor and her deputy are backing - one that calls on parents to raise money for books while the council borrows for the roof repairs at three of the oldest buildings in the town - will win a majority next month.',
      ),
    ).toContain('Who can say whether the plan the mayor and her deputy are backing will win a majority next month?');
  });

  it('control: a short dashed aside was already dropped', () => {
    expect(
      questionsOf('It is unclear whether the plan - backed by the mayor - will win a majority next month.'),
    ).toContain('Will the plan win a majority next month?');
  });
});

describe('"he"/"she" never stands for an actor whose first name says the other gender (sample 35 #16)', () => {
  it("does not ask a woman's forecast of the main actor, a man", () => {
    const body = [
      'Daniel Harper said on Monday that he would stay in the race for mayor.',
      'Harper told supporters he would fight on to the convention.',
      'Counting her endorsements, Ruth Calder is 12 votes short of the nomination, according to the Gazette.',
      'She undoubtedly will reach that number on Tuesday, when the last wards vote.',
    ].join(' ');
    expect(questionsOf(body).some((q) => q.includes('Daniel Harper undoubtedly'))).toBe(false);
  });

  it('control: "he" still stands for the main actor, a man', () => {
    const body = [
      'Daniel Harper said on Monday that he would stay in the race for mayor.',
      'Harper told supporters he would fight on to the convention.',
      'Counting his endorsements, Harper is 12 votes ahead of Ruth Calder, according to the Gazette.',
      'He will address the party conference in Leeds on Friday.',
    ].join(' ');
    expect(questionsOf(body)).toContain('Will Daniel Harper address the party conference in Leeds on Friday?');
  });
});

describe('a denial question agrees with its denier (review s37)', () => {
  it.each([
    ['Prosecutors denied the claims.', 'What exactly do prosecutors deny, and what evidence is there either way?'],
    [
      'The mayor and the harbour board have vigorously denied the fraud claims.',
      'What exactly do the mayor and the harbour board deny, and what evidence is there either way?',
    ],
    ['Prosecutors denied it on Wednesday.', 'What exactly do prosecutors deny, and what evidence is there either way?'],
  ])('%s', (sentence, question) => {
    expect(questionsOf(sentence, 'The council was accused of hiding the repair bills.')).toContain(question);
  });

  it('control: a singular denier keeps "does"', () => {
    expect(
      questionsOf('The harbour master denied the claims.', 'The council was accused of hiding the repair bills.'),
    ).toContain('What exactly does the harbour master deny, and what evidence is there either way?');
  });
});

describe('a thing\'s "due to" before a noun and its preposition is a cause (review s37)', () => {
  it('asks no "Will the shortfall demand …?"', () => {
    const asked = questionsOf('The shortfall is due to demand for school places in the new estates.');
    expect(asked.some((q) => /^Will the shortfall demand\b/.test(q))).toBe(false);
  });

  it('control: people due to rally are a schedule', () => {
    expect(questionsOf('Pensioners are due to rally in the town square on Saturday.')).toContain(
      'Will pensioners rally in the town square on Saturday?',
    );
  });
});
