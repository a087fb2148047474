import { DatabaseUnreachableError, redactDatabaseUrl } from '../store/postgres/postgres-errors';
import { ImportError, ImportTargetNotEmptyError } from '../store/transfer/import-store';
import type { StoreLocation } from '../store/transfer/store-location';
import type { CliIo } from './cli-io';

/** A store location as the user may see it: the file, or the URL minus its password. */
export function describeLocation(location: StoreLocation): string {
  if (location.kind === 'sqlite') return location.path;
  const url = redactDatabaseUrl(location.url);
  return location.schema ? `${url} (schema ${location.schema})` : url;
}

/** What went wrong with a file, in words (the error code alone, ENOENT, says nothing to most people). */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'that is a folder, not a file',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/**
 * Runs a migrate/export/import command: an unreachable database is a configuration mistake and
 * an import into a store that holds data a usage mistake (exit 2), a refused import file is bad
 * input (exit 1); each says what to fix. `file` is the export file the command reads or writes,
 * named when a read error does not carry its path.
 */
export async function runStoreCommand(
  io: CliIo,
  work: () => Promise<number>,
  file?: { path: string; action: 'read' | 'write' },
): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      io.stderr.write(
        `${error.message}\nCheck NEWSBRIEF_DATABASE_URL (or --database) and that the server is running.\n`,
      );
      return 2;
    }
    if (error instanceof ImportTargetNotEmptyError) {
      // Not the file's fault: the import went to the wrong store, and merging is not offered.
      io.stderr.write(
        `import refused: ${error.message}; nothing was written.\nName an empty target: --to <a new SQLite file>, or --to <postgres-url> with NEWSBRIEF_DB_SCHEMA set to a new schema.\n`,
      );
      return 2;
    }
    if (error instanceof ImportError) {
      io.stderr.write(`import refused: ${error.message}\n`);
      return 1;
    }
    // A file that cannot be read or written (missing folder, a folder, no permission): say which.
    const fileError = error as NodeJS.ErrnoException;
    const path = fileError?.path ?? file?.path;
    if (fileError?.syscall && path) {
      const problem = FILE_PROBLEMS[fileError.code ?? ''] ?? fileError.code ?? fileError.message;
      const action = file && path === file.path ? `cannot ${file.action} it: ` : '';
      io.stderr.write(`${path}: ${action}${problem}\n`);
      return 1;
    }
    throw error;
  }
}
