import { analyzeArticle } from '../../src/core/analyze-article';

/** The questions the engine asks of a small story written for a test: a fixed headline, then the sentences. */
export function questionsOf(...sentences: string[]): string[] {
  const text = ['Depot plan splits the town', '', ...sentences.flatMap((s) => [s, ''])].join('\n');
  return analyzeArticle(text).questions.map((q) => q.text);
}
