import { parseArgs } from 'node:util';
import { type ImportSummary, importStore } from '../store/transfer/import-store';
import { type CliIo, UsageError } from './cli-io';
import { commandStoreLocation } from './command-store-location';
import { describeLocation, runStoreCommand } from './store-command-errors';
import { transferSummary } from './transfer-summary';

/** `newsbrief import`: loads an export into an empty store, ids and threads intact. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { to: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0)
    throw new UsageError('Name the export file to read, e.g. `newsbrief import newsroom.jsonl`.');
  if (positionals.length > 1) throw new UsageError(`Unexpected "${positionals[1]}": import reads one file.`);
  const to = commandStoreLocation(io, values.to);
  // `-` reads standard input, as export's `-` writes standard output: the two pipe together.
  const fromStdin = positionals[0] === '-';
  // Typed at a terminal, `-` would wait for an export no one is going to paste.
  if (fromStdin && io.interactive)
    throw new UsageError(
      'import - reads an export piped in, e.g. `newsbrief export - | newsbrief import - --to copy.db`.',
    );
  const file = fromStdin ? 'standard input' : positionals[0]!;
  return runStoreCommand(
    io,
    async () => {
      const summary = await importStore({ file, to, ...(fromStdin ? { input: io.stdin } : {}) });
      io.stdout.write(`Imported ${file} into ${describeLocation(to)}: ${summariseImport(summary)}\n`);
      return 0;
    },
    { path: file, action: 'read' },
  );
}

/** The rows written, then any the import left out and why (an older export's duplicate schedules). */
export function summariseImport({ rows, duplicatesSkipped }: ImportSummary): string {
  const skipped = Object.entries(duplicatesSkipped).filter(([, n]) => n > 0);
  if (skipped.length === 0) return transferSummary(rows);
  const written = Object.values(rows).some((n) => n > 0) ? transferSummary(rows) : 'nothing';
  return `${written}; duplicates skipped (the oldest of each kept): ${transferSummary(Object.fromEntries(skipped))}`;
}
