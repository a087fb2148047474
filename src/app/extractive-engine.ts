import { analyzeArticle } from '../core/analyze-article';
import { answerQuestion } from '../core/answer-question';
import type { AnalysisEngine } from './analysis-engine';
import { extractiveEngineKey } from './extractive-engine-key';

/** The default engine: classical NLP from src/core, offline, deterministic. */
export function createExtractiveEngine(): AnalysisEngine {
  const key = extractiveEngineKey();
  return {
    key,
    label: 'extractive',
    async analyze(text, meta) {
      return { analysis: analyzeArticle(text, meta), producedBy: 'extractive', cacheKey: key };
    },
    async answer(analysis, question) {
      return answerQuestion(analysis, question);
    },
  };
}
