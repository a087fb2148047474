import type { Logger } from 'pino';
import type { NewArticle } from '../store/article-repository';
import type { ExtractedArticle } from './extract-article';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from './safe-fetch';
import { urlForLog } from './url-for-log';

export interface ArticleFetcherOptions {
  /** Used to build a safe fetch when `fetch` is not given. */
  fetchOptions?: SafeFetchOptions;
  /** A shared safe fetch (the feed poller and `/brief add` use the same one). */
  fetch?: SafeFetch;
  logger: Logger;
  /** Readability extraction; the bot passes the worker pool's, so parsing runs off the event loop. */
  extract?: (html: string, pageUrl: string) => Promise<ExtractedArticle> | ExtractedArticle;
}

/** A fetched article; `siteName` rides along for callers that show it (NewArticle ignores it). */
export type FetchedArticle = NewArticle & { url: string; siteName: string | null };

export const ARTICLE_MEDIA_TYPES = ['text/html', 'application/xhtml+xml'] as const;

/**
 * `(url) => NewArticle` for `/brief add <url>` and `ingest <url>`: safe fetch, readability
 * extraction, canonical URL as the stored url (so the same story found twice is stored once).
 * Throws FetchError with a message meant for the user.
 */
export function createArticleFetcher(options: ArticleFetcherOptions): (url: string) => Promise<FetchedArticle> {
  const safeFetch = options.fetch ?? createSafeFetch(options.fetchOptions);
  return async (url) => {
    const page = await safeFetch(url, { accept: ARTICLE_MEDIA_TYPES, expecting: 'a web page (HTML)' });
    // Loaded on first use: the bot passes the worker pool's, and the DOM library would otherwise
    // stay resident on its main thread unused.
    const extract = options.extract ?? (await import('./extract-article')).extractArticle;
    const article = await extract(page.body, page.url);
    options.logger.info(
      {
        url: urlForLog(url),
        finalUrl: urlForLog(page.url),
        storedUrl: urlForLog(article.url),
        chars: article.text.length,
      },
      'fetched article',
    );
    return {
      source: url,
      url: article.url,
      title: article.title,
      text: article.text,
      byline: article.byline,
      publishedAt: article.publishedAt,
      siteName: article.siteName,
    };
  };
}
