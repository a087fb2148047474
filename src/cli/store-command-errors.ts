import { DatabaseUnreachableError, redactDatabaseUrl } from '../store/postgres/postgres-errors';
import { ImportError } from '../store/transfer/import-store';
import type { StoreLocation } from '../store/transfer/store-location';
import type { CliIo } from './cli-io';

/** A store location as the user may see it: the file, or the URL minus its password. */
export function describeLocation(location: StoreLocation): string {
  if (location.kind === 'sqlite') return location.path;
  const url = redactDatabaseUrl(location.url);
  return location.schema ? `${url} (schema ${location.schema})` : url;
}

/**
 * Runs a migrate/export/import command: an unreachable database is a configuration mistake
 * (exit 2), a refused import file is bad input (exit 1); both say what to fix.
 */
export async function runStoreCommand(io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      io.stderr.write(
        `${error.message}\nCheck NEWSBRIEF_DATABASE_URL (or --database) and that the server is running.\n`,
      );
      return 2;
    }
    if (error instanceof ImportError) {
      io.stderr.write(`import refused: ${error.message}\n`);
      return 1;
    }
    // A file that cannot be read or written (missing folder, no permission): say which.
    const fileError = error as NodeJS.ErrnoException;
    if (fileError?.syscall && fileError.path) {
      io.stderr.write(`${fileError.path}: ${fileError.code ?? fileError.message}\n`);
      return 1;
    }
    throw error;
  }
}
