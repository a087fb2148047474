import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerAskedPerson, askedPersonWords, asksState } from '../../src/core/answer-asked-person';

// ans46/ans48 (issue 12): the person a question asks about is the subject after its auxiliary; a sentence
// is theirs when they say it or are its clause's subject, and another speaker's words that leave them out
// are not — for a question about their words or act, not a state anyone may report. Written copy.
const STORY = `Councillor defends bus contract

Councillor Maria Osei defended the new bus contract at a meeting on Tuesday.

Osei called the contract "the best deal this town has signed in a decade".

"It is a bad deal for passengers and a worse one for drivers," said union official Tom Hale.

The contract runs for seven years and covers all twelve routes.

Hale himself once praised Osei in a speech to drivers.
`;

describe('askedPersonWords', () => {
  it('reads the capitalised subject after the auxiliary', () => {
    expect(askedPersonWords('what did Osei call the contract?')).toEqual(['osei']);
    expect(askedPersonWords('is Mayor Maria Osei sorry?')).toEqual(['maria', 'osei']);
    expect(askedPersonWords("what's Osei saying about drivers?")).toEqual(['osei']);
  });

  it('finds no person when the subject is a common noun or a possessed thing (controls)', () => {
    expect(askedPersonWords('how long does the contract run?')).toEqual([]);
    expect(askedPersonWords("what does Osei's contract cover?")).toEqual([]);
    expect(askedPersonWords('how many routes did the council put out to tender?')).toEqual([]);
  });
});

describe('asksState', () => {
  it('reads a "be" question with no act after the name as a state', () => {
    expect(asksState('how old is Osei?')).toBe(true);
    expect(asksState('where is Councillor Osei from?')).toBe(true);
    expect(asksState('is Osei still a councillor?')).toBe(true);
  });

  it('reads words and acts as no state (controls)', () => {
    expect(asksState('is Osei backing the contract?')).toBe(false);
    expect(asksState('what did Osei call the contract?')).toBe(false);
    expect(asksState('was Osei booed at the meeting?')).toBe(false);
  });
});

describe('answerAskedPerson', () => {
  const analysis = analyzeArticle(STORY);
  const at = (needle: string): number => analysis.sentences.findIndex((s) => s.text.includes(needle));

  it("marks the asked person's sentence and another speaker's words without them", () => {
    const values = answerAskedPerson(analysis, 'what did Osei call the contract?');
    expect(values[at('Osei called the contract')]).toBe(1);
    expect(values[at('a bad deal for passengers')]).toBe(-1);
    expect(values[at('runs for seven years')]).toBe(0);
  });

  it("reads the subject from the clause: the asked person as the verb's object is not the subject", () => {
    const values = answerAskedPerson(analysis, 'what did Osei call the contract?');
    expect(values[at('once praised Osei')]).toBe(0);
    expect(answerAskedPerson(analysis, 'what did Hale say about Osei?')[at('once praised Osei')]).toBe(1);
  });

  it('is all zero for a state of the person that anyone may report', () => {
    expect(answerAskedPerson(analysis, 'how old is Osei?').every((v) => v === 0)).toBe(true);
  });

  it('is all zero when the question asks about no one (control)', () => {
    expect(answerAskedPerson(analysis, 'how long does the contract run?').every((v) => v === 0)).toBe(true);
  });

  it('reads a hostile question and sentence in linear time', () => {
    const long = analyzeArticle(`Title\n\n${'Osei said the deal was good and '.repeat(3000)}fine.\n`);
    const question = `what did Osei ${'say about '.repeat(10000)}it?`;
    expect(answerAskedPerson(long, question).length).toBe(long.sentences.length);
    expect(asksState(`how old is Osei ${'really '.repeat(15000)}?`)).toBe(true);
  });
});
