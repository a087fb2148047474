import type { NewArticle } from '../article-repository';
import { joinNames } from '../article-rows';
import { contentHash } from '../content-hash';
import { withoutNul } from '../without-nul';

/** A story's columns as the store reads them back. */
export const ARTICLE_COLUMNS =
  'id, source, url, title, text, byline, content_hash, published_at, ingested_at, updated_at';

export interface PostgresArticleFields {
  hash: string;
  url: string | null;
  /** The insert's and the update's $1–$8, in that order. */
  fields: unknown[];
}

/**
 * A story's column values, computed once per add: the one-statement insert and the transaction it
 * falls back to on a conflict write the same values (`at` read once, whichever way the add goes).
 */
export function postgresArticleFields(
  input: NewArticle,
  entityNames: string[] | undefined,
  at: string,
  given?: string,
): PostgresArticleFields {
  const article = withoutNul(input);
  const hash = given ?? contentHash(article.text);
  const url = article.url?.trim() || null;
  const fields = [
    article.source,
    article.title.trim(),
    article.text,
    article.byline?.trim() || null,
    hash,
    article.publishedAt ?? null,
    at,
    joinNames(entityNames ?? []),
  ];
  return { hash, url, fields };
}
