import type { NewArticle } from '../store/article-repository';

/** The article with NUL removed from every text field it carries (title, text, source, url, byline, date). */
export function withoutNul(article: NewArticle): NewArticle {
  const clean = (value: string | null | undefined) =>
    typeof value === 'string' ? value.replaceAll('\u0000', '') : value;
  return {
    ...article,
    source: article.source.replaceAll('\u0000', ''),
    title: article.title.replaceAll('\u0000', ''),
    text: article.text.replaceAll('\u0000', ''),
    url: clean(article.url),
    byline: clean(article.byline),
    publishedAt: clean(article.publishedAt),
  };
}
