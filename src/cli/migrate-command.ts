import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateStore } from '../store/transfer/migrate-store';
import type { CliIo } from './cli-io';
import { commandStoreLocation } from './command-store-location';
import { describeLocation, runStoreCommand } from './store-command-errors';

/** `newsbrief migrate [--database <postgres-url | sqlite-path>]`: brings the schema up to date. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { database: { type: 'string' } } });
  const location = commandStoreLocation(io, values.database);
  // A mistyped path makes a new, empty file (and its folders): say so, or it reads as the
  // newsroom's store migrated.
  const created = location.kind === 'sqlite' && location.path !== ':memory:' && !existsSync(location.path);
  return runStoreCommand(io, async () => {
    const applied = await migrateStore(location);
    const where = describeLocation(location);
    io.stdout.write(
      applied.length === 0
        ? `The schema at ${where} is up to date.\n`
        : created
          ? `There was no database at ${where}: created a new, empty one with ${applied.length} migration(s): ${applied.join(', ')}\n`
          : `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}\n`,
    );
    return 0;
  });
}
