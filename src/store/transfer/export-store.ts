import { once } from 'node:events';
import { open } from 'node:fs/promises';
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
  exportedAt: string;
}

export interface TransferSummary {
  /** Rows per table. */
  rows: Record<string, number>;
}

/**
 * Writes a newsroom's whole store to `file` as JSON lines: a header, one line per row (ids
 * included, parents before children), and an end line with the row counts, so a cut-off file
 * is refused on import instead of half-loaded. The source is migrated first, as `start` would.
 */
export async function exportStore(options: {
  from: StoreLocation;
  file: string;
  now?: () => Date;
}): Promise<TransferSummary> {
  // Opened first, so a path that cannot be written fails before the database is touched.
  const handle = await open(options.file, 'w');
  const source = await openTableStore(options.from).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  const out = handle.createWriteStream({ encoding: 'utf8' });
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
  } finally {
    out.end();
    await once(out, 'close');
    await source.close();
  }
  return { rows };
}
