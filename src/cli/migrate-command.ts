import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { migrateStore } from '../store/transfer/migrate-store';
import { configuredStoreLocation, parseStoreLocation } from '../store/transfer/store-location';
import type { CliIo } from './cli-io';
import { describeLocation, runStoreCommand } from './store-command-errors';

/** `newsbrief migrate [--database <postgres-url | sqlite-path>]`: brings the schema up to date. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  dotenv.config({ quiet: true, processEnv: io.env });
  const { values } = parseArgs({ args: argv, options: { database: { type: 'string' } } });
  const location = values.database
    ? parseStoreLocation(values.database, io.env.NEWSBRIEF_DB_SCHEMA)
    : configuredStoreLocation(io.env);
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
