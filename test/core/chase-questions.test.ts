import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pollQuestion, requestQuestion } from '../../src/core/chase-questions';
import type { PhraseContext } from '../../src/core/phrase-question';

const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set() });

describe('pollQuestion: a poll finding is checked against other polls (fu54)', () => {
  it.each([
    [
      'A Harbour Gazette poll shows the mayor ahead by four points in the ward race.',
      'Do other polls show the mayor ahead by four points in the ward race?',
    ],
    [
      'The council vote is on Friday, and a new Tidewater poll showed the two factions in a dead heat.',
      'Do other polls show the two factions in a dead heat?',
    ],
    // The time after the verb is when the poll was told, not part of its finding.
    [
      'A Tidewater Gazette poll showed last week that the harbour plan trails by nine points.',
      'Do other polls show the harbour plan trails by nine points?',
    ],
    [
      'Several polls show that dock workers favour the new contract.',
      'Which polls show dock workers favour the new contract?',
    ],
  ])('%s', (text, question) => {
    expect(pollQuestion(ctx(text))).toBe(question);
  });

  it.each([
    // A pronoun points out of the sentence; a poll cue with no finding clause is shown as its passage.
    'The Gazette poll shows her with a lead of nine points.',
    'The mayor trails badly in the polls.',
    'The mayor has 40 percent support among older voters.',
    // No subject left, a pronoun for something outside, a list cut at its comma, "other polls" already compared.
    'What the Gazette poll shows has changed since spring.',
    'A Gazette poll found differences between them on the fee.',
    'A Gazette poll shows the mayor, well ahead of her rivals, gaining ground.',
    'Other polls show the plan trailing.',
    'Exit polls suggested that older voters - who backed the plan in May - stayed at home.',
  ])('shows the passage: %s', (text) => {
    expect(pollQuestion(ctx(text))).toBeNull();
  });
});

describe('requestQuestion: whether the one called on does what was asked (fu54)', () => {
  it.each([
    ['Residents urged the harbour council to reopen the library.', 'Will the harbour council reopen the library?'],
    [
      'Last week the union called on Tidewater Ferries to restore the night crossing, citing safety.',
      'Will Tidewater Ferries restore the night crossing?',
    ],
    // An aside after a dash is no part of what was asked.
    [
      'The mayor called on the ferry company to cut fares for pensioners -- a change, she said, that would "cost next to nothing".',
      'Will the ferry company cut fares for pensioners?',
    ],
  ])('%s', (text, question) => {
    expect(requestQuestion(ctx(text))).toBe(question);
  });

  it.each([
    // A call to refrain, and a pronoun for the one called on, are shown as the passage.
    'The union called on the harbour board not to sell the pier.',
    'Residents urged them to reopen the library.',
    'Residents urged his deputy to reopen the library.',
    // A past verb after "and" is the caller's own.
    'The mayor called on the council to repair the pier and proposed a levy on yachts.',
  ])('shows the passage: %s', (text) => {
    expect(requestQuestion(ctx(text))).toBeNull();
  });
});

describe('the poll and request families reach the questions as templates the vetting keeps (fu54)', () => {
  const asked = (claim: string) =>
    analyzeArticle(`Harbour vote.\n\n${claim}\n\nThe council meets on Monday.`).questions.map((q) => q.text);
  it('asks a poll finding against other polls ("polls" and "show" are frame words)', () => {
    expect(asked('A Tidewater Gazette poll found the harbour plan trailing by nine points.')).toContain(
      'Do other polls show the harbour plan trailing by nine points?',
    );
  });
  it('asks whether the one called on acts, without a bracket naming someone else', () => {
    expect(asked('Fishermen urged the harbour council to scrap the mooring fee rise.')).toContain(
      'Will the harbour council scrap the mooring fee rise?',
    );
  });
});
