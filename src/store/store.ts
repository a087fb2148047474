import type { ArticleRepository } from './article-repository';
import type { ConversationRepository } from './conversation-repository';
import type { LlmCacheRepository } from './llm-cache-repository';

/**
 * Everything newsbrief persists. Each part is its own repository so features can grow the
 * store without touching each other; the SQLite implementation is the default.
 */
export interface Store {
  articles: ArticleRepository;
  conversations: ConversationRepository;
  /** Verified model analyses per (article hash, model, prompt version); see src/llm. */
  llmCache: LlmCacheRepository;
  close(): void;
}
