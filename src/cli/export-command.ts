import { parseArgs } from 'node:util';
import { ExportFileExistsError, exportStore } from '../store/transfer/export-store';
import { type CliIo, UsageError } from './cli-io';
import { commandStoreLocation } from './command-store-location';
import { describeLocation, runStoreCommand } from './store-command-errors';
import { transferSummary } from './transfer-summary';

/** `newsbrief export`: the whole newsroom (stories, threads, schedules, feeds) to one file. */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, force: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0)
    throw new UsageError(
      'Name the file to write, e.g. `newsbrief export newsroom.jsonl` (- writes to standard output).',
    );
  if (positionals.length > 1) throw new UsageError(`Unexpected "${positionals[1]}": export writes one file.`);
  const from = commandStoreLocation(io, values.from);
  const file = positionals[0]!;
  return runStoreCommand(
    io,
    async () => {
      // `-` or /dev/stdout: this process's own output, which may be a socket no path can open.
      const to = file === '-' || file === '/dev/stdout' ? io.stdout : undefined;
      const {
        rows,
        streamed,
        unreadableJson = {},
      } = await exportStore({ from, file, to, overwrite: values.force }).catch((error: unknown) => {
        // Someone's earlier export (or another file) may matter to them: replace it only when asked.
        if (error instanceof ExportFileExistsError)
          throw new UsageError(`${file} already exists: name a new file, or add --force to replace it.`);
        throw error;
      });
      // Exported into a pipe (`export /dev/stdout | gzip`), the summary must not join the data.
      (streamed ? io.stderr : io.stdout).write(
        `Exported ${describeLocation(from)} to ${file}: ${transferSummary(rows)}\n`,
      );
      for (const [column, count] of Object.entries(unreadableJson))
        io.stderr.write(
          `warning: ${count} ${column} ${count === 1 ? 'value is' : 'values are'} not valid JSON (damaged in the store): exported as the text stored, and imported so\n`,
        );
      return 0;
    },
    { path: file, action: 'write' },
  );
}
