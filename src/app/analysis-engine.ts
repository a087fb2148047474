import type { Analysis, AnswerResult, ArticleMeta } from '../core/analysis-types';
import type { WhoIsWho } from '../core/who-is-who';

/**
 * Produces an Analysis for an article. The extractive engine (src/core) is the default; the
 * optional model engine (src/llm) verifies everything it returns and falls back to extractive.
 */
export interface AnalysisEngine {
  /** Cache key: engine name and version, e.g. "extractive@1" or "llm:gpt-4o-mini@p1". */
  readonly key: string;
  /** Human label shown under a brief, e.g. "extractive" or "model gpt-4o-mini (verified)". */
  readonly label: string;
  analyze(text: string, meta?: ArticleMeta): Promise<EngineAnalysis>;
  /** `who`: the story's who-is-who when the caller keeps one ("who is <Name>?" reads it, not making it again). */
  answer(analysis: Analysis, question: string, text: string, who?: WhoIsWho): Promise<AnswerResult>;
}

export interface EngineAnalysis {
  analysis: Analysis;
  /** Which engine actually produced it (an llm engine may have fallen back). */
  producedBy: string;
  /** Cache under this key; omit to not cache (e.g. a fallback after a model failure). */
  cacheKey?: string;
}
