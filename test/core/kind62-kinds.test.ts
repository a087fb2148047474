import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { argumentKind } from '../../src/core/argument-kind';
import { KIND_GATES } from '../../src/core/kind-gates';
import type { QuestionInput } from '../../src/core/prepare-questions';
import { findCues } from '../../src/core/question-cues';
import { reportedClaims } from '../../src/core/reported-claims';

/**
 * kind62 (issue 13, sample 42's kind misreads and the backlog), each a construction read by grammar: "neither … nor"
 * heading a denial, a quoted question's tag, the noun "contradiction" with no sides, a relative aside's words, a
 * definite "the decision to …". Copy written for the test; each block has near controls that hold on the base too.
 */
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('"neither … nor" heading the verb of denial grants the claim', () => {
  it.each([
    'Neither Smith nor Jones denied that the pier was unsafe.',
    'Neither the landlord nor his eldest son disputes that the exits were moved.',
    'Neither he nor his wife denies taking the cash.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('denied');
    expect(kinds(text)).not.toContain('disputed');
  });
  it.each([
    'Neither the pier nor the gangway was checked, and the owner denies that the exits were moved.',
    'Neither Smith nor Jones was at the meeting; the owner denied that the exits were moved.',
    'Smith and Jones denied that the pier was unsafe.',
  ])('control: %s keeps its denial', (text) => {
    expect(kinds(text)).toContain('denied');
  });
});

describe('a quoted question asserts nothing to check', () => {
  it('the tag\'s "according to" sources a question: no unverified cue', () => {
    expect(kinds('‘When will the council stop?,’ the harbour master said, according to the Gazette.')).not.toContain(
      'unverified',
    );
  });
  it('control: a quoted claim with the same tag keeps it', () => {
    expect(kinds('‘The council will not stop,’ the harbour master said, according to the Gazette.')).toContain(
      'unverified',
    );
  });
  const reported = (texts: string[]): number[] => {
    const partial = {
      sentences: texts.map((text, id) => ({ id, text })),
      statements: texts.map((_, sentenceId) => ({ sentenceId, speaker: 'Ellen Marsh' })),
      entities: [{ name: 'Ellen Marsh', type: 'person' }],
    } as unknown as Pick<QuestionInput, 'sentences' | 'statements' | 'entities'>;
    return [...reportedClaims(partial)];
  };
  it('is no reported claim, asked before or after its tag; a claim beside it is', () => {
    expect(
      reported([
        '“Why did nobody check the gangway?” Ellen Marsh asked.',
        'Ellen Marsh asked, “Who pays for the new pier?”',
        'Ellen Marsh said the pier was unsafe and asked, ‘Why else close it?’',
        '“The pier is unsafe,” Ellen Marsh said.',
      ]),
    ).toEqual([2, 3]);
  });
});

describe('the noun "contradiction" with no sides is analysis, no dispute', () => {
  it.each([
    'But if she seemed to embody contradictions, they also reflected a town in flux.',
    'Cutting the levy while raising the toll seems like something of a contradiction.',
    'The basic contradiction at the heart of the ferry plan has been plain for years.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('disputed');
  });
  it.each([
    "The figures contradict the minister's account.",
    'There is a contradiction between the two statements the harbour trust issued.',
    'In light of those contradictions, the trust should investigate.',
    'Reporters found contradictions in his account of the night.',
  ])('control: %s', (text) => {
    expect(kinds(text)).toContain('disputed');
  });
});

describe("a sentence with no cue: its relative aside's words and a decision taken do not set its kind", () => {
  it.each([
    ['unknown', 'Harbour master Jo Reed, a sailor who has refused to back the levy, said the pier was safe.'],
    ['pending', 'Jo Reed, who faces a trial next spring, said the pier was safe.'],
    ['pending', 'The decision to close the north pier is widely seen as a climbdown, Ann Lowe said.'],
    ['pending', 'The trust said the decision by the board to sell the pier came after two years of losses.'],
  ] as const)('%s: %s', (first, text) => {
    expect(argumentKind(first, undefined, text, '')).toBe('unverified');
  });
  it.each([
    ['unknown', 'Jo Reed refused to say whether the pier was safe.'],
    ['unknown', 'The pier, Jo Reed said, is safe, though she refused to say who inspected it.'],
    ['unknown', 'The ferry firm refused to say who inspected the pier, Ann Lowe said.'],
    ['pending', 'Jo Reed faces a trial next spring, her lawyer said.'],
    ['pending', 'The decision to close the north pier will be taken on Monday, Ann Lowe said.'],
    ['pending', 'The decision to close the north pier has not been made, Ann Lowe said.'],
    ['pending', 'Traders are awaiting a decision on the north pier, Ann Lowe said.'],
  ] as const)('control: %s stays for "%s"', (first, text) => {
    expect(argumentKind(first, undefined, text, '')).toBe(first);
  });
});

describe("a scheduled event's question asks its outcome, not the date the copy gives", () => {
  const asked = (sentence: string) =>
    analyzeArticle(`Pier closure\n\nThe harbour trust met on Monday.\n\n${sentence}\n`)
      .questions.map((q) => q.text)
      .join(' ');
  it.each([
    [
      'The harbour council will hold a hearing on Tuesday.',
      'What will come of the hearing that the harbour council will hold on Tuesday?',
    ],
    [
      'The planning board will convene a public inquiry next month.',
      'What will come of the public inquiry that the planning board will convene next month?',
    ],
  ])('%s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
  it.each([
    ['Councillor Reed will vote for the levy next week.', 'Will Councillor Reed vote for the levy next week?'],
    ['The harbour council will close the pier on Tuesday.', 'Will the harbour council close the pier on Tuesday?'],
  ])('control: %s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
});

describe('"is to be" schedules only as a passive infinitive', () => {
  it.each([
    '‘What we owe the dockers is to be honest with them,’ Reed said.',
    'To be a trader here is to be in debt to the harbour board.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('pending');
  });
  it.each([
    'The vote is to be held in May, the council said.',
    'The pier is to be turned into flats.',
    'There is to be an inquiry into the pier fire.',
    'The harbour master is to be formally thanked at the May fair.',
  ])('control: %s', (text) => {
    expect(kinds(text)).toContain('pending');
  });
});
