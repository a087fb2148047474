import type { NewsbriefApp } from '../app/newsbrief-app';
import type { IngestFileResult } from '../ingest/ingest-files';
import { redactUrl } from '../ingest/redact-url';

/** A link, reported like a file: without its credentials, what the store did, the bare reason. */
export async function ingestLink(
  app: Pick<NewsbriefApp, 'addArticle'>,
  url: string,
): Promise<IngestFileResult & { warning?: string }> {
  if (!/^https?:/i.test(url)) {
    return { path: redactUrl(url), ok: false, error: 'only http:// and https:// links can be fetched' };
  }
  // "https://" alone would otherwise be taken as pasted text, too short to be an article.
  if (!URL.canParse(url) || !new URL(url).hostname) {
    return { path: url, ok: false, error: 'not a valid link (http:// or https:// and a site name)' };
  }
  // Its reason goes on stdout: the app's warning line would repeat it on stderr, as JSON. Only
  // that line is silenced; operational warnings (a database connection lost) still show.
  const added = await app.addArticle(url, 'cli', { logFailure: false });
  const path = redactUrl(url);
  // The store's failures are the file's: "NOT INGESTED … run again", exit 75 when it was only unavailable.
  if (!added.ok) {
    const store =
      added.store === 'unavailable' ? { storeUnavailable: true } : added.store ? { storeDamaged: true } : {};
    return { path, ok: false, error: added.reason ?? added.message, ...store };
  }
  const { outcome, title, refreshed } = added.stored ?? {};
  const warning = added.warning ? { warning: added.warning } : {};
  return {
    path,
    ok: true,
    articleId: added.articleIds[0],
    outcome,
    title,
    ...(refreshed ? { refreshed } : {}),
    ...warning,
  };
}
