import type { StoredArticle } from './article-repository';

/**
 * The in-memory key of what is made from one stored story's analysis (its answer index, its who is who): the story,
 * its text's content hash (the store's, so an edited text is another key) and whatever names the engine that made it
 * (its cache key, its label). One place, so the chat's memos cannot drift apart in what they count as the same
 * analysis.
 */
export function storedAnalysisKey(article: Pick<StoredArticle, 'id' | 'contentHash'>, ...engine: string[]): string {
  return [String(article.id), article.contentHash, ...engine].join('\u0000');
}
