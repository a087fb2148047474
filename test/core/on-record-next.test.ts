import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { isCleanQuestion } from '../../src/core/vet-question';

/** The questions of a story whose paragraphs are given whole (sentences in one paragraph stay together). */
const questionsOf = (...paragraphs: string[]): string[] =>
  analyzeArticle(['Harbour depot splits the town', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).questions.map(
    (q) => q.text,
  );

describe('already answered: a named source on record in the next sentence', () => {
  it('asks for no named source when a named person takes the claim up right after it', () => {
    const qs = questionsOf(
      'Harbour analysts said the depot plan would cost the town more than its rivals admit. "The figures simply do not add up for a town of this size," said Rosa Delgado, an economist at Marsh University.',
      'The council votes on the plan next month.',
    );
    expect(qs.some((q) => /can they be named|named source/.test(q))).toBe(false);
  });

  it('still asks when no one named follows, or the next sentence is a reaction by someone the claim names', () => {
    const unnamed = questionsOf(
      'Harbour analysts said the depot plan would cost the town more than its rivals admit. The council votes on the plan next month.',
    );
    expect(unnamed.some((q) => /can they be named|named source/.test(q))).toBe(true);
    const reaction = questionsOf(
      'Mayor Alan Price read a report in which harbour analysts said the depot plan would cost the town more than its rivals admit. "That is nonsense," Alan Price said.',
    );
    expect(reaction.some((q) => /can they be named|named source/.test(q))).toBe(true);
  });
});

describe('a named source who contradicts the claim', () => {
  it('still asks for a named source when the next sentence calls the claim untrue', () => {
    const qs = questionsOf(
      'Harbour analysts said the depot plan would cost the town more than its rivals admit. "That is simply not true," said Rosa Delgado, the harbour board chair.',
      'The council votes on the plan next month.',
    );
    expect(qs.some((q) => /can they be named|named source/.test(q))).toBe(true);
  });
});

describe('a regular past tense after the subject of a modal question', () => {
  it('refuses "Will X convened…" and keeps a reduced relative or a base verb', () => {
    const copy =
      'Last June, Reed convened senior staff to plan the launch. The dockers resisted talks until May. The homes built in 1990 will be sold.';
    expect(isCleanQuestion('Will Reed convened senior staff to plan the launch?', copy)).toBe(false);
    expect(isCleanQuestion('Will the dockers resisted talks until May?', copy)).toBe(false);
    expect(isCleanQuestion('Will the homes built in 1990 be sold?', copy)).toBe(true);
  });

  it.each([
    'Will Reed exceed expectations in Iowa?',
    'Can the Democrats succeed where others failed?',
    'Will the talks proceed next week?',
    'Can Reed embed reporters?',
  ])('a base form ending in "-ed" is no past tense: %s', (q) => {
    expect(isCleanQuestion(q, q.replace(/\?$/, '.'))).toBe(true);
  });
});
