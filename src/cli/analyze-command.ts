import { parseArgs } from 'node:util';
import { buildUnstoredBriefReply } from '../app/build-unstored-brief-reply';
import { listArticleFiles } from '../ingest/list-article-files';
import { loadArticleFile } from '../ingest/load-article-file';
import { renderConsoleReply } from '../platforms/console/render-console-reply';
import { type CliIo, UsageError } from './cli-io';
import { longTextNote } from './long-text-note';
import { withRuntime } from './with-runtime';

/** `newsbrief analyze`: the full Analysis of each file, without storing anything. */
export async function analyzeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one article file or folder.');
  return withRuntime(io, async ({ engine, config }) => {
    let failed = 0;
    // Folders are expanded as `ingest` does; an unsupported file inside one is passed over quietly.
    for (const item of await listArticleFiles(positionals)) {
      // Its reader has gone (`analyze folder | head -1`): nothing is stored, so the rest can wait.
      if (!io.stdout.writable) break;
      if (item.kind === 'skipped') continue;
      const file = item.path;
      const loaded =
        item.kind === 'file'
          ? await loadArticleFile(file, config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024, config.NEWSBRIEF_TZ)
          : { ok: false as const, error: item.reason };
      if (!loaded.ok) {
        failed++;
        if (values.json) io.stdout.write(`${JSON.stringify({ file, error: loaded.error })}\n`);
        else io.stderr.write(`${file}: ${loaded.error}\n`);
        continue;
      }
      const note = longTextNote('analyze', file, loaded.text);
      if (note) io.stderr.write(note);
      const { analysis, producedBy } = await engine.analyze(loaded.text, { source: file });
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ file, ...analysis })}\n`);
      } else {
        const reply = buildUnstoredBriefReply({ source: file, analysis, engine: producedBy, text: loaded.text });
        io.stdout.write(`${renderConsoleReply(reply)}\n\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  });
}
