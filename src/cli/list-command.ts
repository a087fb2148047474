import { parseArgs } from 'node:util';
import { LISTED } from '../../commands/list-page';
import { asciiDigits } from '../app/ascii-digits';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';
import { type CliIo, UsageError } from './cli-io';
import { withRuntime } from './with-runtime';

/** `newsbrief list`: the most recently added stories with their ids, newest first. */
export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, limit: { type: 'string', default: '20' } },
  });
  if (positionals.length > 0) throw new UsageError(listWords(positionals.join(' ')));
  // "--limit ２０" as a full-width keyboard types it, read as ids are ("brief ３").
  const typed = asciiDigits(values.limit);
  const limit = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (!(limit >= 1 && limit <= 10_000)) throw new UsageError(`--limit takes a whole number from 1 to 10000.`);
  return withRuntime(io, async ({ store, database }) => {
    const stories = await store.articles.recent(limit);
    if (values.json) {
      const rows = stories.map(({ score: _score, ...story }) => story);
      io.stdout.write(`${JSON.stringify({ total: await store.articles.count(), stories: rows })}\n`);
      return 0;
    }
    if (stories.length === 0) {
      // Named: a mistyped NEWSBRIEF_DB opens a new, empty file, which reads as "nothing stored".
      io.stdout.write(`No stories stored yet in ${database}. Add some with: newsbrief ingest <file | folder | url>\n`);
      return 0;
    }
    const width = String(stories[0]?.id ?? 0).length + 1;
    for (const s of stories)
      io.stdout.write(`${`#${s.id}`.padEnd(width)}  ${s.ingestedAt.slice(0, 10)}  ${terminalSafeText(s.title)}\n`);
    const total = await store.articles.count();
    if (total > stories.length) io.stdout.write(`… ${total - stories.length} older; newsbrief list --limit ${total}\n`);
    return 0;
  });
}

/**
 * Why words after `list` are refused, with what was likely meant: chat's page number ("/brief list
 * 2") is the stories --limit shows; words are a search, which `brief` does. "list takes no words"
 * left either to be guessed.
 */
function listWords(words: string): string {
  const page = /^\d+$/.test(asciiDigits(words)) ? Number(asciiDigits(words)) : undefined;
  if (page !== undefined && page >= 1 && page <= 500)
    return `list has no pages at a shell ("${words}"): \`newsbrief list --limit ${page * LISTED}\` shows the newest ${page * LISTED}.`;
  return `list takes no words ("${words}"); to find a story by its words: \`newsbrief brief ${words}\`.`;
}
