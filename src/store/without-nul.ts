import type { NewArticle } from './article-repository';

/**
 * The article with NUL removed from every text field it carries. PostgreSQL text cannot hold NUL
 * (SQLite can), and it carries no meaning in an article, so both stores keep the same story.
 */
export function withoutNul(article: NewArticle): NewArticle {
  const strip = <T extends string | null | undefined>(value: T): T =>
    (typeof value === 'string' ? value.replaceAll('\u0000', '') : value) as T;
  return {
    ...article,
    source: strip(article.source),
    url: strip(article.url),
    title: strip(article.title),
    text: strip(article.text),
    byline: strip(article.byline),
    publishedAt: strip(article.publishedAt),
  };
}
