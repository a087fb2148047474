import { parseArgs } from 'node:util';
import { notEnglishWarning } from '../app/not-english-warning';
import { type IngestFileResult, ingestFiles } from '../ingest/ingest-files';
import { repairedWarning } from '../ingest/repair-article-text';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';
import { type CliIo, UsageError } from './cli-io';
import { ingestLink } from './ingest-link';
import { describeIngest, ingestExitCode, summarizeIngest } from './ingest-report';
import { longTextNote } from './long-text-note';
import { withRuntime } from './with-runtime';
import { writableStore } from './writable-store';

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

  return withRuntime(io, async (runtime) => {
    const { app, config } = runtime;
    writableStore(runtime, 'ingest stores articles');
    const results: IngestFileResult[] = [];
    // Only an SQLite file can be damaged; named so the operator knows which file to restore.
    const database = config.NEWSBRIEF_DATABASE_URL ? undefined : config.NEWSBRIEF_DB;
    // Each item is reported as soon as it is stored, so a long run shows what it has done; a reader
    // that stops early (`| head -1`) no longer gets the lines, but every item is still stored.
    // Copy that looks like another language is stored, with a warning on its line (and in its JSON).
    const warnings = new Map<number, string>();
    const report = (r: IngestFileResult & { warning?: string }) => {
      results.push(r);
      const warning = r.warning ?? (r.articleId === undefined ? undefined : warnings.get(r.articleId));
      const line = values.json
        ? JSON.stringify(warning ? { ...r, warning } : r)
        : `${describeIngest(r, database)}${warning ? ` — warning: ${terminalSafeText(warning)}` : ''}`;
      io.stdout.write(`${line}\n`);
    };
    for (const url of urls) report(await ingestLink(app, url));
    if (paths.length > 0) {
      await ingestFiles({
        paths,
        maxBytes: config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024,
        // The runtime's parser, as the bot's drop folder uses: NEWSBRIEF_TZ as the config read it once.
        parse: runtime.parse.articleFile,
        ingest: async (article) => {
          const note = longTextNote('ingest', article.source, article.text);
          if (note) io.stderr.write(note);
          const stored = await app.ingest(article);
          const warning = [repairedWarning(stored.repaired), notEnglishWarning(article.text)]
            .filter(Boolean)
            .join('; ');
          if (warning) warnings.set(stored.article.id, warning);
          return stored;
        },
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
