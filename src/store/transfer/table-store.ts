import type { PortableRow, TransferTable } from './transfer-tables';

/** One store seen as tables, for moving a newsroom between stores. */
export interface TableStore {
  kind: 'sqlite' | 'postgres';
  /** Migration ids recorded in this store. */
  appliedMigrations(): Promise<string[]>;
  /** Migration ids this version of newsbrief knows (the same ids on both stores). */
  knownMigrations: readonly string[];
  /**
   * The highest id each identity table has handed out that the store remembers, removed rows
   * included (SQLite's AUTOINCREMENT counter, PostgreSQL's sequence): carried over so an import
   * does not hand a removed schedule's id to a new one.
   */
  lastIds(): Promise<Record<string, number>>;
  /** The table's rows in key order, a page at a time, as portable values. */
  pages(table: TransferTable): AsyncIterable<PortableRow[]>;
  /**
   * JSON values read so far that did not parse, per "table.column", each carried as its text (SQLite's JSON
   * is text; PostgreSQL's jsonb is always valid, so it has none).
   */
  unreadableJson?(): Record<string, number>;
  /** True when no table holds a row. */
  isEmpty(): Promise<boolean>;
  /**
   * Writes every batch `batches` yields (ids kept) in one transaction: all of it is stored, or,
   * when anything fails (including `batches` itself), none of it. New ids continue after the
   * imported ones and after `lastIds` (the source's lastIds, if known).
   */
  writeAll(
    batches: AsyncIterable<{ table: TransferTable; rows: PortableRow[] }>,
    lastIds?: Record<string, number>,
  ): Promise<void>;
  close(): Promise<void>;
}

export const PAGE_SIZE = 500;
