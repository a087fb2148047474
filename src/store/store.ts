import type { ArticleRepository } from './article-repository';
import type { ConversationRepository } from './conversation-repository';

/**
 * Everything newsbrief persists. Each part is its own repository so features can grow the
 * store without touching each other; the SQLite implementation is the default.
 */
export interface Store {
  articles: ArticleRepository;
  conversations: ConversationRepository;
  close(): void;
}
