import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const questionsOn = (sentence: string): string[] =>
  analyzeArticle(`Council news\n\n${sentence}`).questions.map((q) => q.text);

/** Review s32 B-main-12: "plans to" as a preposition's object was read as the subject's verb. */
describe('a plan that is the object of a preposition is no "Will <subject> …?"', () => {
  it.each([
    'Councillor Ruth Adeyemi resigned from the cabinet on Friday over plans to sell the Marsh Lane site.',
    'The minister quit over plans to close the hospital.',
    'Staff walked out in protest at plans to cut pay.',
  ])('%s', (sentence) => {
    const questions = questionsOn(sentence);
    expect(questions.some((q) => q.startsWith('Will '))).toBe(false);
    // The passage is still flagged as pending, shown whole.
    expect(questions).toContain(`Pending: “${sentence}”`);
  });

  it('controls: the plan as the clause verb is still asked', () => {
    expect(questionsOn('The council plans to sell the Marsh Lane site next year.')).toContain(
      'Will the council sell the Marsh Lane site next year?',
    );
  });
});
