import { parseArgs } from 'node:util';
import { scheduleRef } from '../../commands/schedule-command-support';
import { asciiDigits } from '../app/ascii-digits';
import { terminalSafeText } from '../platforms/console/terminal-safe-text';
import { type CliIo, UsageError } from './cli-io';
import { cliNotFound } from './cli-not-found';
import { withRuntime } from './with-runtime';

/** `newsbrief delete <id>... [--json]`: removes stories with their analyses (their threads keep the link, to say the story is gone). */
export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const ids = positionals.map((p) => /^#?(\d+)$/.exec(asciiDigits(p))?.[1]);
  if (ids.length === 0) throw new UsageError('Say which story to delete, by id (newsbrief list shows them).');
  const bad = positionals.filter((_, i) => ids[i] === undefined);
  if (bad.length > 0) throw new UsageError(`"${bad[0]}" is not a story id: use the number newsbrief list shows.`);
  return withRuntime(io, async ({ store }) => {
    let missing = 0;
    // One id twice ("delete 3 #3") is one story: the second pass would say it does not exist.
    for (const id of new Set(ids.map(Number))) {
      // Read first: removing the story clears the schedules' link to it.
      const follows = (await store.schedules.list({ kind: 'follow' })).filter((s) => s.articleId === id);
      const removed = await store.articles.remove(id);
      if (!removed) missing++;
      if (values.json)
        io.stdout.write(`${JSON.stringify({ id, deleted: !!removed, title: removed?.title ?? null })}\n`);
      else if (removed) {
        io.stdout.write(
          `Deleted #${id} “${terminalSafeText(removed.title)}”, with its analyses; a question in its thread is told it is gone.\n`,
        );
        // Follow-ups keep their schedule (the channel chose them); the operator hears what they will post.
        for (const s of follows) {
          io.stdout.write(
            `  ${scheduleRef(s)} in ${s.channelId} still follows it: its next post says the story is gone, and then it stops (remove it with /brief unfollow ${scheduleRef(s)}).\n`,
          );
        }
      } else io.stderr.write(cliNotFound({ query: `#${id}`, suggestions: [] }));
    }
    return missing > 0 ? 1 : 0;
  });
}
