import { parseArgs } from 'node:util';
import { migrateStore } from '../store/transfer/migrate-store';
import type { CliIo } from './cli-io';
import { commandStoreLocation } from './command-store-location';
import { describeLocation, runStoreCommand } from './store-command-errors';

/** `newsbrief migrate [--database <postgres-url | sqlite-path>]`: brings the schema up to date. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { database: { type: 'string' } } });
  const location = commandStoreLocation(io, values.database);
  return runStoreCommand(io, async () => {
    const applied = await migrateStore(location);
    io.stdout.write(
      applied.length === 0
        ? `The schema at ${describeLocation(location)} is up to date.\n`
        : `Applied ${applied.length} migration(s) to ${describeLocation(location)}: ${applied.join(', ')}\n`,
    );
    return 0;
  });
}
