import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { isCleanQuestion } from '../../src/core/vet-question';

/** The questions of a story whose paragraphs are given whole (sentences in one paragraph stay together). */
const questionsOf = (...paragraphs: string[]): string[] =>
  analyzeArticle(['Harbour depot splits the town', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).questions.map(
    (q) => q.text,
  );

/** Whether any question of the story asks for a named source. */
const asksForAName = (...paragraphs: string[]): boolean =>
  questionsOf(...paragraphs).some((q) => /can they be named|named source/.test(q));

describe('already answered: a named source on record in the next sentence', () => {
  const claim = 'Harbour analysts said the depot plan would cost the town more than its rivals admit.';

  it('asks for no named source when a named person takes the claim up right after it', () => {
    const onRecord = `${claim} "The figures simply do not add up for a town of this size," said Rosa Delgado, an economist at Marsh University.`;
    expect(asksForAName(onRecord, 'The council votes on the plan next month.')).toBe(false);
  });

  it('still asks when no one named follows, or the next sentence is a reaction by someone the claim names', () => {
    expect(asksForAName(`${claim} The council votes on the plan next month.`)).toBe(true);
    expect(
      asksForAName(
        'Mayor Alan Price read a report in which harbour analysts said the depot plan would cost the town more than its rivals admit. "I read it twice over the weekend," Alan Price said.',
      ),
    ).toBe(true);
  });

  it('still asks when the named person next calls the claim untrue', () => {
    const contradicted = `${claim} "That is simply not true," said Rosa Delgado, the harbour board chair.`;
    expect(asksForAName(contradicted, 'The council votes on the plan next month.')).toBe(true);
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
