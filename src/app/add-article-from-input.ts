import type { Logger } from 'pino';
import { articleTooShort } from '../core/article-length';
import { cleanArticle } from '../core/clean-article';
import { notProse } from '../ingest/not-prose';
import { onlyAddresses } from '../ingest/only-addresses';
import { redactUrl } from '../ingest/redact-url';
import type { AddArticleResult, NewArticle } from '../store/article-repository';
import type { AddOutcome } from './newsbrief-app';

export interface AddArticleDeps {
  addedBy: string;
  ingest: (article: NewArticle) => Promise<AddArticleResult>;
  fetchArticle?: (url: string) => Promise<NewArticle>;
  logger: Logger;
  /** False when the caller reports a failed link itself (the CLI's ingest lists it on stdout). */
  logFailure?: boolean;
}

const URL_ONLY = /^<?(https?:\/\/[^\s<>|]+)(?:\|[^>]*)?>?$/i;

/** `/brief add <url or pasted text>`: fetches or takes the text, stores it once, says what happened. */
export async function addArticleFromInput(input: string, deps: AddArticleDeps): Promise<AddOutcome> {
  const text = input.trim();
  if (!text) return fail('Paste an article, or a link to it, after “add”.');
  // Slack wraps links as <https://…> or <https://…|label>.
  const url = URL_ONLY.exec(text)?.[1];
  if (url) return addFromUrl(url, deps);
  if (looksLikeLink(text)) {
    return fail(
      `“${text.slice(0, 80)}” is not a link newsbrief can fetch: give a whole http(s) address, or paste the article text.`,
    );
  }
  const addresses = onlyAddresses(text);
  if (addresses) {
    return fail(
      `Not added: that is only ${addresses}, no article text. newsbrief stores an article's text: paste the text, or one link on its own to have it fetched.`,
    );
  }
  const short = articleTooShort(text);
  if (short) return fail(`${capitalise(short)}. Paste the whole story, or a link to it.`);
  const data = notProse(text);
  if (data) return fail(`Not added: ${data}. Paste the article's text, or a link to it.`);
  const title = cleanArticle(text).title;
  return report(await deps.ingest({ source: `pasted by ${deps.addedBy}`, title, text }));
}

async function addFromUrl(url: string, deps: AddArticleDeps): Promise<AddOutcome> {
  if (!deps.fetchArticle) return fail('Fetching links is not available here; paste the article text instead.');
  try {
    return report(await deps.ingest(await deps.fetchArticle(url)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (deps.logFailure !== false)
      deps.logger.warn({ url: redactUrl(url), err: reason }, 'could not add article from link');
    return { ...fail(`Could not add ${redactUrl(url)}: ${reason}`), reason };
  }
}

/**
 * One word shaped like an address ("https://", "ftp://host/x", "www.example.com/story") was
 * meant as a link: "That is 8 characters" would send the user looking for more text to paste.
 */
function looksLikeLink(text: string): boolean {
  return (
    /^\S+$/.test(text) &&
    (/^<?[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)+\/)/i.test(text))
  );
}

function report(result: AddArticleResult): AddOutcome {
  const { article, outcome, refreshed } = result;
  const message =
    outcome === 'unchanged'
      ? `Already stored as #${article.id}${refreshed ? ' (analysis refreshed)' : ''}: “${article.title}”`
      : `${outcome === 'created' ? 'Added' : 'Updated'}: “${article.title}” (#${article.id})`;
  return {
    ok: true,
    message,
    articleIds: [article.id],
    stored: { outcome, title: article.title, ...(refreshed ? { refreshed } : {}) },
  };
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function fail(message: string): AddOutcome {
  return { ok: false, message, articleIds: [] };
}
