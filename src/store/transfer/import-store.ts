import { constants, createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader } from './export-store';
import { openTableStore } from './open-table-store';
import type { StoreLocation } from './store-location';
import { PAGE_SIZE } from './table-store';
import { type PortableRow, type TransferTable, transferTables } from './transfer-tables';
import { upgradeOlderRows } from './upgrade-older-rows';

/** Why an import was refused; nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * The target already holds data: nothing is wrong with the file, the import was pointed at the
 * wrong store (a usage mistake, where the other refusals are bad input).
 */
export class ImportTargetNotEmptyError extends ImportError {}

const tablesByName = new Map(transferTables.map((t) => [t.name, t]));

/** What an import wrote, and what it left out. */
export interface ImportSummary {
  /** Rows written, per table. */
  rows: Record<string, number>;
  /**
   * Rows of the file not written, per table: an older export's duplicate schedules (the oldest
   * of each is kept, as upgrading its store would) with their claims. Empty for a current export.
   */
  duplicatesSkipped: Record<string, number>;
}

/**
 * Loads an export into an empty store, ids and thread links intact, in one transaction: a
 * damaged, cut-off or foreign file, or a store that already holds data, changes nothing.
 */
export async function importStore(options: {
  /** The export's path, or what names `input` in messages. */
  file: string;
  /** Read instead of `file` (`newsbrief export - | newsbrief import -`). */
  input?: NodeJS.ReadableStream;
  to: StoreLocation;
}): Promise<ImportSummary> {
  if (!options.input) {
    await access(options.file, constants.R_OK);
    // A folder opens but fails on the first read, an error the line reader would not pass on.
    if (!(await stat(options.file)).isFile()) throw new ImportError(`${options.file} is not a file`);
  }
  const input = options.input ?? createReadStream(options.file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const header = parseLine((await iterator.next()).value, 1) as Partial<ExportHeader> | undefined;
  if (header?.format !== EXPORT_FORMAT) throw new ImportError(`${options.file} is not a newsbrief export`);
  if (header.version !== EXPORT_VERSION) {
    throw new ImportError(`${options.file} is export format ${header.version}; this newsbrief reads ${EXPORT_VERSION}`);
  }
  const target = await openTableStore(options.to);
  try {
    const unknown = (header.schema ?? []).filter((id) => !target.knownMigrations.includes(id));
    if (unknown.length > 0) {
      throw new ImportError(
        `the export comes from a newer newsbrief (schema steps ${unknown.join(', ')}): upgrade first`,
      );
    }
    if (!(await target.isEmpty())) {
      throw new ImportTargetNotEmptyError('the target store already holds data: import only into an empty store');
    }
    const counts: RowCounts = { read: {}, written: Object.fromEntries(transferTables.map((t) => [t.name, 0])) };
    await target.writeAll(batches(iterator, counts, upgradeOlderRows(header.schema ?? [])), lastIdsOf(header));
    const duplicatesSkipped: Record<string, number> = {};
    for (const [table, read] of Object.entries(counts.read)) {
      const skipped = read - (counts.written[table] ?? 0);
      if (skipped > 0) duplicatesSkipped[table] = skipped;
    }
    return { rows: counts.written, duplicatesSkipped };
  } finally {
    lines.close();
    await target.close();
  }
}

/** Rows per table: as the file holds them (its end line counts these), and as written. */
interface RowCounts {
  read: Record<string, number>;
  written: Record<string, number>;
}

/** Row lines grouped into batches per table; checks the end line's counts before the commit. */
async function* batches(
  lines: AsyncIterator<string>,
  counts: RowCounts,
  upgrade: (table: string, row: PortableRow) => PortableRow | undefined,
): AsyncGenerator<{ table: TransferTable; rows: PortableRow[] }> {
  const counted = counts.read;
  let table: TransferTable | undefined;
  let rows: PortableRow[] = [];
  for (let lineNo = 2; ; lineNo++) {
    const next = await lines.next();
    if (next.done) throw new ImportError('the export file is incomplete (it has no end line): nothing was imported');
    const line = parseLine(next.value, lineNo) as {
      t?: string;
      r?: PortableRow;
      end?: boolean;
      rows?: Record<string, number>;
    };
    if (!line) continue;
    if (line.end) {
      if (table && rows.length > 0) yield { table, rows };
      for (const t of transferTables) {
        if ((line.rows?.[t.name] ?? 0) !== (counted[t.name] ?? 0)) {
          throw new ImportError(
            `the export file lists ${line.rows?.[t.name] ?? 0} ${t.name} rows but holds ${counted[t.name] ?? 0}`,
          );
        }
      }
      return;
    }
    const lineTable = line.t ? tablesByName.get(line.t) : undefined;
    if (!lineTable || typeof line.r !== 'object' || line.r === null) {
      throw new ImportError(`line ${lineNo} of the export is not a row of a known table`);
    }
    if (table && (lineTable !== table || rows.length >= PAGE_SIZE)) {
      yield { table, rows };
      rows = [];
    }
    table = lineTable;
    // Counted as read (the end line counts the file's rows), written unless a step resolved it away.
    const upgraded = upgrade(lineTable.name, line.r);
    if (upgraded) {
      rows.push(upgraded);
      counts.written[lineTable.name] = (counts.written[lineTable.name] ?? 0) + 1;
    }
    counted[lineTable.name] = (counted[lineTable.name] ?? 0) + 1;
  }
}

/** The header's lastIds for known identity tables; anything else in it is ignored, not trusted. */
function lastIdsOf(header: Partial<ExportHeader>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of transferTables.filter((t) => t.identity)) {
    const id = header.lastIds?.[table.name];
    if (Number.isSafeInteger(id) && id! > 0) out[table.name] = id!;
  }
  return out;
}

function parseLine(line: string | undefined, lineNo: number): unknown {
  if (line === undefined || line.trim() === '') return undefined;
  try {
    return JSON.parse(line);
  } catch {
    throw new ImportError(`line ${lineNo} of the export is not JSON`);
  }
}
