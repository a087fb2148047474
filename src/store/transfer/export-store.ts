import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { link, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { openTableStore } from './open-table-store';
import type { StoreLocation } from './store-location';
import { transferTables } from './transfer-tables';

export const EXPORT_FORMAT = 'newsbrief-export';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  from: 'sqlite' | 'postgres';
  /** Migration ids of the source, so an import can refuse data from a newer schema. */
  schema: string[];
  /** TableStore.lastIds of the source; absent in exports made before it was kept. */
  lastIds?: Record<string, number>;
  exportedAt: string;
}

export interface TransferSummary {
  /** Rows per table. */
  rows: Record<string, number>;
  /** Written to a pipe or a device (`/dev/stdout`) rather than a file. */
  streamed?: boolean;
  /** Values of JSON columns that did not parse, per "table.column": exported as the text stored. */
  unreadableJson?: Record<string, number>;
}

/** The export file is there already and the caller did not ask to replace it. */
export class ExportFileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
  }
}

/**
 * Writes a newsroom's whole store to `file` as JSON lines: a header, one line per row (ids
 * included, parents before children), and an end line with the row counts, so a cut-off file
 * is refused on import instead of half-loaded. The source is migrated first, as `start` would.
 * The lines go to a temporary file beside `file`, which takes its name only once it is complete:
 * a failed export leaves no half file and whatever was at `file` untouched. An existing `file`
 * is replaced only with `overwrite`, keeping its permissions, and through a symlink the file it
 * points to is replaced, not the link. A pipe or a device (`/dev/stdout`, a FIFO) is written
 * straight to: there is nothing there to replace.
 */
export async function exportStore(options: {
  from: StoreLocation;
  /** The file to write, or only its name for messages when `to` is given. */
  file: string;
  /** An open stream to write to instead of a file (the CLI's standard output for `-`); left open. */
  to?: NodeJS.WritableStream;
  overwrite?: boolean;
  now?: () => Date;
}): Promise<TransferSummary> {
  const { file } = options;
  if (options.to) return { ...(await writeExport(options.to, async () => undefined, options)), streamed: true };
  // Checked before the database is touched, so a wrong name costs nothing.
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw fileProblem('EISDIR', file);
  if (existing && !existing.isFile()) {
    const device = await open(file, 'w');
    return { ...(await writeExport(...streamOf(device), options).catch(closeAndThrow(device))), streamed: true };
  }
  if (existing && !options.overwrite) throw new ExportFileExistsError(file);
  const target = existing ? await realpath(file) : file;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  // Opened first, so a folder that cannot be written fails before the database is touched; the
  // error names the file the user gave, not the temporary one.
  const handle = await open(temporary, 'wx', existing ? 0o600 : 0o666).catch((error: NodeJS.ErrnoException) => {
    throw Object.assign(error, { path: file });
  });
  try {
    // The replaced file's permissions (an export holds the whole store: a 600 file stays 600).
    if (existing) await handle.chmod(existing.mode & 0o7777).catch(closeAndThrow(handle));
    // A source that fails to read must not leave the handle for the garbage collector to close.
    const written = await writeExport(...streamOf(handle), options).catch(closeAndThrow(handle));
    // Without overwrite, link refuses a file that appeared meanwhile (rename would replace it); a
    // file system without hard links (some network shares) gets the rename after the check above.
    if (options.overwrite) await rename(temporary, target);
    else
      await link(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') throw new ExportFileExistsError(file);
        if (error.code !== 'EPERM' && error.code !== 'ENOTSUP') throw error;
        await rename(temporary, target);
      });
    return written;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

type FileHandle = Awaited<ReturnType<typeof open>>;

/** A file handle's write stream, and how to finish it (closed, so the data is on disk). */
function streamOf(handle: FileHandle): [NodeJS.WritableStream, () => Promise<void>] {
  const out = handle.createWriteStream({ encoding: 'utf8' });
  return [
    out,
    async () => {
      out.end();
      await once(out, 'close');
    },
  ];
}

async function writeExport(
  out: NodeJS.WritableStream,
  finish: () => Promise<void>,
  options: { from: StoreLocation; now?: () => Date },
): Promise<TransferSummary> {
  const source = await openTableStore(options.from).catch(async (error: unknown) => {
    await finish();
    throw error;
  });
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const rows: Record<string, number> = {};
  try {
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      from: source.kind,
      schema: await source.appliedMigrations(),
      lastIds: await source.lastIds(),
      exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    };
    await write(header);
    for (const table of transferTables) {
      let count = 0;
      for await (const page of source.pages(table)) {
        for (const row of page) await write({ t: table.name, r: row });
        count += page.length;
      }
      rows[table.name] = count;
    }
    await write({ end: true, rows });
    const unreadableJson = source.unreadableJson?.() ?? {};
    return Object.keys(unreadableJson).length > 0 ? { rows, unreadableJson } : { rows };
  } finally {
    await finish();
    await source.close();
  }
}

function closeAndThrow(handle: FileHandle): (error: unknown) => Promise<never> {
  return async (error) => {
    // Its write stream may have closed it already; the first error is the one to report.
    await handle.close().catch(() => undefined);
    throw error;
  };
}

/** A file-system error as Node raises it, for a problem found before any call would raise it. */
function fileProblem(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, syscall: 'open', path });
}
