import type { AnalysisEngine } from '../app/analysis-engine';
import { createExtractiveEngine } from '../app/extractive-engine';
import type { WorkerPool } from './create-worker-pool';

/**
 * The extractive engine with its analysis run in the worker pool: the same key, so cached
 * analyses are shared, but a long article no longer holds the event loop. Answers stay on the
 * main thread: they work on an analysis already made and take milliseconds.
 */
export function createPooledEngine(pool: WorkerPool): AnalysisEngine {
  const extractive = createExtractiveEngine();
  return {
    key: extractive.key,
    label: extractive.label,
    async analyze(text, meta) {
      const analysis = await pool.run('analyze', text, meta);
      return { analysis, producedBy: extractive.label, cacheKey: extractive.key };
    },
    answer: (analysis, question, text, who) => extractive.answer(analysis, question, text, who),
  };
}
