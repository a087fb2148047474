import { parseArgs } from 'node:util';
import type { NewsbriefApp } from '../app/newsbrief-app';
import { type IngestFileResult, ingestFiles } from '../ingest/ingest-files';
import { redactUrl } from '../ingest/redact-url';
import { type CliIo, UsageError } from './cli-io';
import { describeIngest, ingestExitCode, summarizeIngest } from './ingest-report';
import { withRuntime } from './with-runtime';

const LINK = /^[a-z][a-z\d+.-]*:\/\//i;

/** Runs shorter than this print no progress lines. */
const PROGRESS_FROM = 20;

/** `newsbrief ingest`: files, folders and links; bad items get their own error, good ones are stored. */
export async function ingestCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one file, folder or link to ingest.');
  // Anything written scheme:// is a link (ftp://, file://), reported as one, not as a missing file.
  const urls = positionals.filter((p) => LINK.test(p));
  const paths = positionals.filter((p) => !LINK.test(p));

  return withRuntime(io, async ({ app, config }) => {
    const results: IngestFileResult[] = [];
    // Each item is reported as soon as it is stored, so a long run shows what it has done; a reader
    // that stops early (`| head -1`) no longer gets the lines, but every item is still stored.
    const report = (r: IngestFileResult) => {
      results.push(r);
      io.stdout.write(`${values.json ? JSON.stringify(r) : describeIngest(r)}\n`);
    };
    for (const url of urls) report(await ingestLink(app, url));
    if (paths.length > 0) {
      await ingestFiles({
        paths,
        maxBytes: config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024,
        ingest: app.ingest,
        onProgress: ({ done, total, result }) => {
          report(result);
          const step = Math.max(1, Math.round(total / 10));
          if (total >= PROGRESS_FROM && (done % step === 0 || done === total))
            io.stderr.write(`ingest: ${done}/${total} files\n`);
        },
      });
    }
    if (!values.json) io.stdout.write(`${summarizeIngest(results)}\n`);
    return ingestExitCode(results);
  });
}

/** A link, reported like a file: without its credentials, what the store did, the bare reason. */
async function ingestLink(app: NewsbriefApp, url: string): Promise<IngestFileResult> {
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
  if (!added.ok) return { path, ok: false, error: added.reason ?? added.message };
  const { outcome, title, refreshed } = added.stored ?? {};
  return { path, ok: true, articleId: added.articleIds[0], outcome, title, ...(refreshed ? { refreshed } : {}) };
}
