import type { Logger } from 'pino';
import { articleTooShort } from '../core/article-length';
import { cleanArticle } from '../core/clean-article';
import { visibleText } from '../core/visible-text';
import { isHtmlSource } from '../ingest/html-source';
import { notProse } from '../ingest/not-prose';
import { onlyAddresses } from '../ingest/only-addresses';
import { redactUrl } from '../ingest/redact-url';
import { repairedWarning } from '../ingest/repair-article-text';
import { splitAddresses } from '../ingest/split-addresses';
import { storeDamaged, storeUnavailable } from '../ingest/store-unavailable';
import type { AddArticleResult, NewArticle } from '../store/article-repository';
import type { AddOutcome } from './newsbrief-app';
import { notEnglishWarning } from './not-english-warning';

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
  // A page's source pasted as the article would be stored tags and all (a title of "<html><head>…").
  if (isHtmlSource(undefined, text)) {
    return fail(
      'Not added: that is a web page’s HTML source (tags and all), not its text. Paste the article’s text as the page shows it, or the page’s link to have it fetched.',
    );
  }
  const { tokens, addresses: links } = splitAddresses(text);
  const beside = tokens.join(' ');
  // "BREAKING: Mayor resigns https://…": a headline or a note shared with its link. The words
  // are no article; the page is.
  if (links.length === 1 && /^https?:\/\//i.test(links[0]!) && articleTooShort(beside)) {
    return addFromUrl(links[0]!, deps, beside || undefined);
  }
  // "see www.example.com/news": one address, but none that can be fetched as typed.
  if (links.length === 1 && articleTooShort(beside)) {
    return fail(
      `Not added: “${links[0]!.slice(0, 80)}” is not a link newsbrief can fetch: give the whole http(s) address, or paste the article text.`,
    );
  }
  const addresses = onlyAddresses(text);
  if (addresses) {
    const what = tokens.some((t) => /[\p{L}\p{N}]/u.test(t)) ? `${addresses} and a few words` : `only ${addresses}`;
    return fail(
      `Not added: that is ${what}, no article text. newsbrief stores an article's text: paste the text, or give one link to have it fetched.`,
    );
  }
  const short = articleTooShort(text);
  if (short) return fail(`${capitalise(short)}. Paste the whole story, or a link to it.`);
  const data = notProse(text);
  if (data) return fail(`Not added: ${data}. Paste the article's text, or a link to it.`);
  // The title as the analysis reads it: a Markdown headline's "**" is markup, not the story's name.
  const title = cleanArticle(visibleText(text).text).title;
  try {
    return report(await deps.ingest({ source: `pasted by ${deps.addedBy}`, title, text }));
  } catch (error) {
    // A text too long to analyse in the time allowed: what to do about it, not "Sorry, that failed".
    if (error instanceof Error && error.name === 'PoolTimeoutError') return fail(`Not added: ${error.message}.`);
    // The store's failure, said as such (the text is fine), as for a link; any other error is a bug.
    const store = storeUnavailable(error) ? 'unavailable' : storeDamaged(error) ? 'damaged' : undefined;
    if (!store) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    deps.logger.warn({ err: reason, store }, 'could not store pasted article');
    return { ...fail(`Could not store the pasted article: ${reason}`), reason, store };
  }
}

/** `beside`: the words typed with the link, which are not stored (the reply says so). */
async function addFromUrl(url: string, deps: AddArticleDeps, beside?: string): Promise<AddOutcome> {
  // A failure gives the typed words back, so nothing the user wrote is lost.
  const typed = beside ? ` Nothing was stored; you wrote with the link: “${beside}”` : '';
  if (!deps.fetchArticle) {
    return fail(`Fetching links is not available here; paste the article text instead.${typed}`);
  }
  const failed = (error: unknown, store?: AddOutcome['store']): AddOutcome => {
    const reason = error instanceof Error ? error.message : String(error);
    if (deps.logFailure !== false)
      deps.logger.warn({ url: redactUrl(url), err: reason }, 'could not add article from link');
    const stop = typed && !/[.!?]$/.test(reason) ? '.' : '';
    return {
      ...fail(`Could not add ${redactUrl(url)}: ${reason}${stop}${typed}`),
      reason,
      ...(store ? { store } : {}),
    };
  };
  let article: NewArticle;
  try {
    article = await deps.fetchArticle(url);
  } catch (error) {
    return failed(error);
  }
  // Classified apart from the fetch: a site refusing the connection is the link's problem, not the store's.
  try {
    return report(await deps.ingest(article), beside !== undefined);
  } catch (error) {
    return failed(error, storeUnavailable(error) ? 'unavailable' : storeDamaged(error) ? 'damaged' : undefined);
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

/** `fromLinkBeside`: the story is the page of a link typed with other words, which were not stored. */
function report(result: AddArticleResult, fromLinkBeside = false): AddOutcome {
  const { article, outcome, refreshed } = result;
  const verb = outcome === 'created' ? 'Added' : 'Updated';
  const message =
    outcome === 'unchanged'
      ? `Already stored as #${article.id}${refreshed ? ' (analysis refreshed)' : ''}: “${article.title}”`
      : fromLinkBeside
        ? `${verb} from the link (only its page is stored, not the words beside it): “${article.title}” (#${article.id})`
        : `${verb}: “${article.title}” (#${article.id})`;
  // Both said when both hold: a repaired text can still be another language's.
  const warning =
    [repairedWarning(result.repaired), notEnglishWarning(article.text)].filter(Boolean).join('; ') || undefined;
  return {
    ok: true,
    message,
    articleIds: [article.id],
    stored: { outcome, title: article.title, ...(refreshed ? { refreshed } : {}) },
    ...(warning ? { warning } : {}),
  };
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function fail(message: string): AddOutcome {
  return { ok: false, message, articleIds: [] };
}
