import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import type { Analysis } from '../../src/core/analysis-types';
import { answerQuestion } from '../../src/core/answer-question';
import { readEvalArticle, readFlynn } from './flynn-sample';

function cites(analysis: Analysis, question: string, fragment: string): boolean {
  const result = answerQuestion(analysis, question);
  const first = analysis.sentences.find((s) => s.id === result.sentenceIds[0]);
  return result.answer !== null && !!first && first.text.includes(fragment);
}

describe('answerQuestion', () => {
  const maternity = analyzeArticle(readEvalArticle('politics/001'));
  const cinema = analyzeArticle(readEvalArticle('tech/013'));
  const flynn = analyzeArticle(readFlynn());

  it('is robust to paraphrase', () => {
    expect(cites(maternity, 'how much more will new mothers get?', '£1,400')).toBe(true);
    expect(cites(maternity, 'How much extra will new mums get?', '£1,400')).toBe(true);
  });

  it('answers typed questions with a sentence carrying that type', () => {
    expect(cites(cinema, 'How many cinemas are getting the digital kit?', '150 cinemas')).toBe(true);
    expect(cites(flynn, 'Who is Flynn\'s attorney?', 'Kelner')).toBe(true);
    expect(cites(flynn, 'When did Flynn resign?', 'February 13')).toBe(true);
  });

  it('abstains when the article does not say', () => {
    for (const [analysis, question] of [
      [cinema, 'Which Hollywood studio is paying for the projectors?'],
      [maternity, 'How many fathers have already applied for the leave?'],
      [flynn, 'How much did Flynn earn from his speeches in Moscow?'],
    ] as const) {
      const result = answerQuestion(analysis, question);
      expect(result.answer).toBeNull();
      expect(result.sentenceIds).toEqual([]);
      if (result.answer === null) expect(result.reason).toMatch(/doesn't say|names nothing/);
    }
  });

  it('cites only sentences of the article and quotes them as the answer', () => {
    const result = answerQuestion(flynn, 'What did Nunes say about communications with Russian officials?');
    expect(result.answer).not.toBeNull();
    for (const id of result.sentenceIds) {
      const s = flynn.sentences.find((x) => x.id === id);
      expect(s).toBeDefined();
      expect(result.answer).toContain(s!.text.trim());
    }
  });

  it('abstains on an empty question or an empty article', () => {
    expect(answerQuestion(flynn, '???').answer).toBeNull();
    const empty: Analysis = { title: '', sentences: [], summary: [], quotes: [], statements: [], questions: [], entities: [] };
    expect(answerQuestion(empty, 'Who won?').answer).toBeNull();
  });
});
