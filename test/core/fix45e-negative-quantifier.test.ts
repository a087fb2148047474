import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { countedGroup } from '../../src/core/quantifier-number';
import { findCues } from '../../src/core/question-cues';

/**
 * fix45e (review 45, B-r45-12): a verb of denial whose subject is headed by a negative quantifier ("neither of the
 * landlord's sons", "none of the ferry's crew") says no one denies: a concession, as "None of the stallholders denies"
 * and "No one disputes" already read. Copy written for the test.
 */
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);
const asked = (sentence: string) =>
  analyzeArticle(`Pier closure\n\nThe harbour trust met on Monday.\n\n${sentence}\n`)
    .questions.map((q) => q.text)
    .join(' ');

describe('a negative quantifier heading the denier grants the claim (B-r45-12)', () => {
  it.each([
    "Neither of the landlord's sons denies that the exits were moved.",
    "None of the ferry's crew denies that the gangway was loose.",
    'Neither of them disputes that the pier is unsafe.',
    'The trust listed six faults, none of which the owner denies.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('denied');
    expect(kinds(text)).not.toContain('disputed');
  });
  it('asks no denial question for "neither of the landlord\'s sons"', () => {
    const text = asked(
      "The landlord moved the fire exits, the report said. Neither of the landlord's sons denies that the exits were moved.",
    );
    expect(text).not.toMatch(/den(?:y|ies)\?/);
  });
  it('control: "None of the stallholders denies taking the cash" stays a concession', () => {
    expect(kinds('None of the stallholders denies taking the cash.')).not.toContain('denied');
  });
  it.each([
    'Most of the traders deny that they were paid.',
    'One of the traders denied that the pier was unsafe.',
    "The landlord's sons deny that the exits were moved.",
    'Neither the pier nor the gangway was checked, and the owner denies that the exits were moved.',
  ])('control: %s keeps its denial', (text) => {
    expect(kinds(text)).toContain('denied');
  });
});

// The review's note on B-r45-12: "Most of the traders deny that they were paid" was asked as "…that most of the traders
// were paid, which they deny?": "they" are the traders counted, so the quantifier stays with the deniers.
describe('"they" after a quantifier heading an of-phrase stands for the group counted', () => {
  it.each([
    ['Most of the traders deny that they were paid.', 'that the traders were paid, which most of them deny?'],
    [
      'One of the pier workers denied that they were paid.',
      'that the pier workers were paid, which one of them denies?',
    ],
  ])('%s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });
  it('control: a denier with no quantifier is read as before', () => {
    expect(asked('The traders deny that they were paid.')).not.toMatch(/of them/);
    expect(countedGroup('most of them')).toBeUndefined();
    expect(countedGroup('the owner of the pier')).toBeUndefined();
    expect(countedGroup('a handful of traders')).toEqual({ quantifier: 'a handful', group: 'traders' });
  });
});
