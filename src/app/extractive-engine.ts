import type { AnalysisEngine } from './analysis-engine';
import { extractiveEngineKey } from './extractive-engine-key';

/**
 * The default engine: classical NLP from src/core, offline, deterministic. The NLP code and its
 * models load on first use: a brief whose analysis is stored needs only the key.
 */
export function createExtractiveEngine(): AnalysisEngine {
  const key = extractiveEngineKey();
  return {
    key,
    label: 'extractive',
    async analyze(text, meta) {
      const { analyzeArticle } = await import('../core/analyze-article');
      return { analysis: analyzeArticle(text, meta), producedBy: 'extractive', cacheKey: key };
    },
    async answer(analysis, question, _text, who) {
      const { answerQuestion } = await import('../core/answer-question');
      return answerQuestion(analysis, question, { who });
    },
  };
}
