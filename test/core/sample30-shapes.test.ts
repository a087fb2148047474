import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { centralDispute } from '../../src/core/central-dispute';
import { isReportedClause } from '../../src/core/statement-checks';
import { isCleanQuestion } from '../../src/core/vet-question';

/**
 * The shapes session 34 fixed by construction (docs/hand-read-questions.md, "Sample 30"; the review's B-main-56,
 * B-kind45-1, B-main-52), each in copy written for the test, in more than one house style.
 */

function questionsOf(body: string): { kind: string; text: string }[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map((q) => ({
    kind: q.kind,
    text: q.text,
  }));
}

describe('a sentence-opening capital the lexicon writes as a name keeps it (B-main-56)', () => {
  it.each([
    // US copy: a party's members; British copy: a party's and a surname the copy gives nowhere else.
    [
      'The House approved the measure on Monday. Democrats will oppose it when the Senate votes next week.',
      'Will Democrats oppose it when the Senate votes next week?',
    ],
    [
      "The council published the plans in March. Tories will vote against the scheme at next month's meeting.",
      "Will Tories vote against the scheme at next month's meeting?",
    ],
    [
      'Hughes will rule next month on whether the inquiry can go ahead.',
      'Will Hughes rule next month on whether the inquiry can go ahead?',
    ],
    [
      'Roberts will chair the review when it begins in September.',
      'Will Roberts chair the review when it begins in September?',
    ],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });

  it.each([
    // Controls: plurals the lexicon writes in lower case are lowered as before.
    [
      'Officials will decide next month whether to reopen the road.',
      'Will officials decide next month whether to reopen the road?',
    ],
    [
      'Critics will get a chance to speak at the hearing on Thursday.',
      'Will critics get a chance to speak at the hearing on Thursday?',
    ],
  ])('control: "%s"', (body, expected) => {
    expect(questionsOf(body).map((q) => q.text)).toContain(expected);
  });

  it('control: a weekday opening the sentence is still no subject ("Will Tuesday, …")', () => {
    const body =
      'Tuesday, in her first speech since the vote, Ms Hale plans to call for a new inquiry into the contract.';
    expect(questionsOf(body).every((q) => !/^Will Tuesday\b/i.test(q.text))).toBe(true);
  });
});

describe('a charge answered later in its own sentence is disputed (B-kind45-1)', () => {
  it.each([
    'Labour accused the government of "losing control" of the borders, and the home secretary said the claim was nonsense.',
    'Residents accused the developer of cutting corners on fire safety, and the company called the charge baseless.',
    // The accused answering (a third party needs a denial word since review s34 B-sample30-1).
    'Ms. Ortiz accused the county of hiding the audit, and the county said the report had been public since May.',
  ])('"%s"', (body) => {
    expect(questionsOf(body).map((q) => q.kind)).toEqual(['disputed']);
  });

  it.each([
    // Controls: a lone charge, the accuser going on, a second charge of the same accuser.
    'The union accused the board of hiding the true cost of the scheme.',
    'Critics accused the mayor of favouring wealthy districts, and said he should resign.',
    'The senator accused the agency of wasting money, and of having misled Congress about it.',
  ])('control: "%s"', (body) => {
    expect(questionsOf(body).map((q) => q.kind)).toEqual(['unverified']);
  });

  it('reads a sentence of thousands of repeated charges in linear time', () => {
    const text = `${'Critics accused the mayor of waste, '.repeat(3000)}and the mayor said it was false.`;
    expect(questionsOf(text).length).toBeLessThanOrEqual(1);
  });
});

describe("a plea and the bench's words are no statement or dispute (B-main-52)", () => {
  const court = [
    'Builder jailed for fraud',
    '',
    'A builder who took deposits for work he never did has been jailed for three years.',
    'Dean Morris, 44, of Cardiff, admitted 9 counts of fraud at Cardiff Crown Court on Friday.',
    'Judge Helen Price told him: "You betrayed the trust of families who saved for years."',
    'Mr Morris\'s barrister said he was "deeply ashamed".',
  ].join('\n');

  it('"admitted 9 counts of fraud" is no statement', () => {
    expect(analyzeArticle(court).statements.map((s) => s.text)).not.toContain(
      '9 counts of fraud at Cardiff Crown Court on Friday',
    );
    expect(isReportedClause('two counts of theft on Tuesday')).toBe(false);
  });

  it('the judge\'s "You betrayed …" is not flagged as disputed', () => {
    expect(analyzeArticle(court).questions.some((q) => /Judge Helen Price/.test(q.text))).toBe(false);
  });

  it.each([
    // The US house style: the tag after the quote.
    '"Your story was a web of lies from the first day of this trial," said Judge Ann Lowe.',
    'Sentencing her, the recorder said: "This was a cynical and sustained betrayal of your employer."',
  ])('"%s"', (text) => {
    const article = `Clerk jailed\n\nA former clerk was jailed on Monday.\n${text}`;
    expect(analyzeArticle(article).questions.some((q) => q.kind === 'disputed')).toBe(false);
  });

  it.each([
    // Controls: a clause that opens on a count keeps its verb; a politician's charge word is still a dispute.
    ['40 people were hurt in the crash', true],
    ['2016 marks a turning point for the party', true],
  ])('control: "%s" is a clause', (text, expected) => {
    expect(isReportedClause(text)).toBe(expected);
  });

  it("control: a politician's quoted charge is still a dispute", () => {
    const article =
      'Pledges row\n\nThe party set out its pledges on Monday.\nMr Howard said: "This is a desperate government recycling old ideas and betraying voters."';
    expect(analyzeArticle(article).questions.some((q) => q.kind === 'disputed')).toBe(true);
  });
});

describe('a word-budget cut right after a verb shows the passage (sample 30 #3)', () => {
  it.each([
    'Can a named source confirm that the board believes that cutting fares alone may not win…?',
    'Will the minister travel to the region next month, with her deputy also expected to visit…?',
  ])('"%s"', (question) => {
    expect(isCleanQuestion(question, question)).toBe(false);
  });

  it.each([
    // Controls: a cut after a noun, and a whole question ending on a verb.
    'Can a named source confirm that the board believes that cutting fares alone may not win back riders…?',
    'Will the council decide whether the library is to close?',
  ])('control: "%s"', (question) => {
    expect(isCleanQuestion(question, question)).toBe(true);
  });
});

describe('"Who is right" puts up the two sides as the copy gives them (sample 30 #9)', () => {
  const sentencesOf = (texts: string[]): Sentence[] =>
    texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: id }));

  it('a speaker named only in an opening "After …" clause is not the one contradicting', () => {
    const sentences = sentencesOf([
      'Ms Rao said the new depot would cut bus journey times across the city by a fifth.',
      'After Ms Rao suggested the depot would cut journey times by a fifth, the transport board contradicted her.',
    ]);
    const speakers = new Map([
      [0, 'Anita Rao'],
      [1, 'Anita Rao'],
    ]);
    expect(centralDispute(sentences, speakers)).toBeNull();
    const other = new Map([
      [0, 'Dan Price'],
      [1, 'Anita Rao'],
    ]);
    expect(centralDispute(sentences, other)?.text ?? '').not.toMatch(/Anita Rao \(“After/);
  });

  it('the tag before a colon stays outside the quotation marks', () => {
    const sentences = sentencesOf([
      'Mr Hale continued: "The council has cut bus services in every ward and the depot will close next year."',
      'But the council denied that bus services had been cut in every ward, saying the depot will stay open.',
    ]);
    const speakers = new Map([
      [0, 'Tom Hale'],
      [1, 'the council'],
    ]);
    const text = centralDispute(sentences, speakers)?.text ?? '';
    expect(text).toMatch(/^Who is right, Tom Hale \(“/);
    expect(text).not.toMatch(/continued/);
  });

  it('control: a plain exchange is still asked', () => {
    const sentences = sentencesOf([
      'Mr Hale said the council had cut bus services in every ward of the city this year.',
      'But the council denied that bus services had been cut in every ward of the city, saying routes were merged.',
    ]);
    const speakers = new Map([
      [0, 'Tom Hale'],
      [1, 'the council'],
    ]);
    expect(centralDispute(sentences, speakers)?.text ?? '').toMatch(/^Who is right, Tom Hale \(“/);
  });
});

describe('a saying the reports carry stays in the claim to confirm (sample 30 #43)', () => {
  it.each([
    // US style with a title before the name; British style with a role before it.
    'Illinois Gov. Ruth Dale said she would have cancelled the contract if she had known about the delays, according to press reports.',
    'Council leader Sam Osei said he would have resigned if the merger had gone ahead, according to media reports.',
  ])('"%s"', (body) => {
    const texts = questionsOf(body).map((q) => q.text);
    expect(texts.some((t) => /confirm that (?:Ruth Dale|Sam Osei) would have/.test(t))).toBe(false);
    expect(texts.length).toBe(1);
  });

  it('control: a report of a fact is asked as before', () => {
    expect(
      questionsOf('The company has spent about 12 million pounds on the scheme, according to press reports.'),
    ).toEqual([
      {
        kind: 'unverified',
        text: 'Can a named source confirm that the company has spent about 12 million pounds on the scheme?',
      },
    ]);
  });
});

describe('a withheld "their …" one person cannot own shows the passage (sample 30 #50)', () => {
  it.each([
    // A name ending in -s (no plural), and a singular role, in two house styles.
    'Council spokeswoman Ruth Dales said all staff sign contracts, though she did not discuss their terms.',
    'The mayor said every councillor had signed the pledge but did not disclose their names.',
  ])('"%s"', (body) => {
    expect(questionsOf(body).some((q) => /their (?:terms|names)\?$/.test(q.text))).toBe(false);
  });

  it('control: a plural withholder owns "their"', () => {
    expect(
      questionsOf('The two firms declined to disclose their fees for the deal, which closed in March.'),
    ).toContainEqual({
      kind: 'unknown',
      text: 'Will the two firms disclose their fees for the deal?',
    });
  });
});
