import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A database file the store cannot use; the message names the file and what is wrong with it. */
export class StoreFileError extends Error {
  readonly code = 'store_file';
}

export interface OpenedDatabase {
  db: Database.Database;
  /** The file (or its folder) cannot be written: reads work, writes fail with SQLITE_READONLY. */
  readonly: boolean;
}

const PROBLEMS: Record<string, string> = {
  SQLITE_READONLY_DIRECTORY:
    'it is read-only and so is its folder, where SQLite must create its -shm file to read it; make the folder writable or copy the file',
  SQLITE_NOTADB: 'it is not an SQLite database (or it is encrypted or damaged)',
  SQLITE_CORRUPT: 'the database is damaged (truncated or overwritten)',
  SQLITE_CANTOPEN: 'it cannot be opened',
  SQLITE_IOERR: 'reading it failed (a disk or file-system error)',
  SQLITE_FULL: 'the disk is full',
  SQLITE_PERM: 'permission denied',
};

/** Turns SQLite's and the file system's errors about the file into one clear StoreFileError. */
export function describeStoreFileError(path: string, error: unknown): StoreFileError | undefined {
  if (error instanceof StoreFileError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  // Extended codes (SQLITE_IOERR_SHORT_READ, SQLITE_CANTOPEN_ISDIR) share their primary's meaning.
  const problem = PROBLEMS[code] ?? PROBLEMS[/^SQLITE_[A-Z]+/.exec(code)?.[0] ?? ''];
  if (problem) return new StoreFileError(unusable(path, problem));
  if (code === 'EACCES' || code === 'EPERM') return new StoreFileError(unusable(path, 'permission denied'));
  if (code === 'ENOSPC') return new StoreFileError(unusable(path, 'the disk is full'));
  return undefined;
}

function unusable(path: string, problem: string): string {
  return `Cannot use the database file ${path}: ${problem}. Set NEWSBRIEF_DB to another file, or restore a backup.`;
}

let addon: { nativeBinding?: string } | undefined;

/**
 * better-sqlite3 finds its compiled addon through the `bindings` package, which tries a dozen
 * paths (each miss a thrown error): several milliseconds of every command's start. Its usual
 * place is given instead; a build that put it elsewhere still goes through `bindings`.
 */
function addonOption(): { nativeBinding?: string } {
  if (addon) return addon;
  try {
    addon = {
      nativeBinding: createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node'),
    };
  } catch {
    addon = {};
  }
  return addon;
}

/**
 * Opens the SQLite file, creating it and its folder when missing. Checks what better-sqlite3
 * would report as a stack trace (a folder in the way, a file as the parent, random bytes, a
 * truncated file) and says it in one line; a file that cannot be written opens read-only.
 */
export function openDatabaseFile(path: string): OpenedDatabase {
  if (path === ':memory:') return { db: new Database(path, addonOption()), readonly: false };
  const folder = dirname(path);
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw new StoreFileError(unusable(path, 'it is a folder, not a file'));
  const parent = statOrUndefined(folder);
  if (parent && !parent.isDirectory()) {
    throw new StoreFileError(unusable(path, `${folder} is a file, not a folder`));
  }
  if (!parent) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (code === 'ENOTDIR' || code === 'EEXIST')
        throw new StoreFileError(unusable(path, 'part of its folder path is a file'));
      throw describeStoreFileError(path, error) ?? error;
    }
  }
  // WAL needs to create files beside the database, so an unwritable folder also means read-only.
  const readonly = existing !== undefined && (!writable(path) || !writable(folder));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { ...addonOption(), ...(readonly ? { readonly: true, fileMustExist: true } : {}) });
    // Reading the header here surfaces "not a database" now, not in the middle of a command.
    db.pragma('schema_version');
    return { db, readonly };
  } catch (error) {
    db?.close();
    throw describeStoreFileError(path, error) ?? error;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
