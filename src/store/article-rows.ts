import type { ArticleHit, StoredArticle } from './article-repository';

/** An `articles` row as both SQL stores return it (snake_case columns). */
export interface ArticleRow {
  id: number;
  source: string;
  url: string | null;
  title: string;
  text: string;
  byline: string | null;
  content_hash: string;
  published_at: string | null;
  ingested_at: string;
  updated_at: string;
}

/** A search or listing row: the article's identity columns and a score. */
export type HitRow = Omit<ArticleRow, 'text' | 'byline' | 'content_hash' | 'updated_at'> & { score: number };

/** The columns a HitRow is selected from, on table alias `a`. */
export const HIT_COLUMNS = 'a.id, a.title, a.source, a.url, a.published_at, a.ingested_at';

/** Entity names as stored for search: trimmed, unique, one per line. */
export function joinNames(names: string[]): string {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].join('\n');
}

export function toStored(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    text: row.text,
    byline: row.byline,
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    ingestedAt: row.ingested_at,
    updatedAt: row.updated_at,
  };
}

export function toHit(row: HitRow): ArticleHit {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    url: row.url,
    publishedAt: row.published_at,
    ingestedAt: row.ingested_at,
    score: row.score,
  };
}
