import type { Analysis } from '../core/analysis-types';

/**
 * What identifies a model result: the same article text (content hash) sent to the same model
 * with the same prompt gives an answer worth reusing; a new prompt version or model re-asks.
 */
export interface LlmCacheKey {
  articleHash: string;
  model: string;
  promptVersion: string;
}

/** A verified model analysis (only results that passed the grounding check are cached). */
interface LlmCacheEntry {
  analysis: Analysis;
  /** Label of the engine that produced it, e.g. "model gpt-4o-mini, quotes, speakers and summary checked". */
  producedBy: string;
  /** How many model items the grounding check dropped. */
  droppedCount: number;
  createdAt: string;
}

export interface LlmCacheRepository {
  get(key: LlmCacheKey): LlmCacheEntry | undefined;
  /**
   * Replaces any entry under the same key. Writes nothing unless a stored story has the text: a
   * result that arrives after its story was deleted (or rewritten) must not keep its words.
   */
  put(key: LlmCacheKey, entry: LlmCacheEntry): void;
}
