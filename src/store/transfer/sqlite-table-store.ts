import { openSqliteDatabase } from '../sqlite/open-sqlite-store';
import { knownMigrationIds } from './known-migration-ids';
import { PAGE_SIZE, type TableStore } from './table-store';
import { type PortableRow, pageQuery, type TransferTable, transferTables } from './transfer-tables';

/** A SQLite file as tables (migrated first, as `start` would). */
export function openSqliteTableStore(path: string): TableStore {
  const { db } = openSqliteDatabase({ path });
  const unreadable: Record<string, number> = {};
  /**
   * A JSON column's text that does not parse (a damaged `cited_sentences`, which its readers take as none) is
   * carried as that text, a JSON string, and counted: it failed the whole export, and dropping it would lose it.
   */
  const parsed = (table: TransferTable, column: string, text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      const key = `${table.name}.${column}`;
      unreadable[key] = (unreadable[key] ?? 0) + 1;
      return text;
    }
  };
  const toPortable = (table: TransferTable, row: Record<string, unknown>): PortableRow => {
    const out: PortableRow = {};
    for (const [column, kind] of Object.entries(table.columns)) {
      const value = row[column];
      if (value === null || value === undefined) out[column] = null;
      else if (kind === 'bool') out[column] = value === 1;
      else if (kind === 'json') out[column] = parsed(table, column, String(value));
      else out[column] = value;
    }
    return out;
  };
  const fromPortable = (table: TransferTable, row: PortableRow): unknown[] =>
    Object.entries(table.columns).map(([column, kind]) => {
      const value = row[column];
      if (value === null || value === undefined) return null;
      if (kind === 'bool') return value ? 1 : 0;
      // No JSON column holds a bare string: one is text an export carried as it was stored, written back so.
      if (kind === 'json') return typeof value === 'string' ? value : JSON.stringify(value);
      return value;
    });

  const isAutoincrement = db.prepare<[string]>(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? AND sql LIKE '%AUTOINCREMENT%'",
  );
  /** The source's counters, where they are ahead of the imported rows' highest ids. */
  const raiseCounters = (lastIds: Record<string, number>) => {
    for (const [name, id] of Object.entries(lastIds)) {
      if (!isAutoincrement.get(name)) continue;
      const raised = db.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?').run(id, name);
      // No row yet when the source had removed every one of them.
      if (raised.changes === 0) db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(name, id);
    }
  };

  return {
    kind: 'sqlite',
    knownMigrations: knownMigrationIds,
    async appliedMigrations() {
      return db
        .prepare<[], { id: string }>('SELECT id FROM schema_migrations ORDER BY id')
        .all()
        .map((r) => r.id);
    },
    async lastIds() {
      // Only AUTOINCREMENT tables have a counter (a file not yet migrated may lack some).
      const rows = db.prepare<[], { name: string; seq: number }>('SELECT name, seq FROM sqlite_sequence').all();
      const identities = new Set(transferTables.filter((t) => t.identity).map((t) => t.name));
      // A counter at 0 (a rebuilt empty table) has handed out nothing, as on PostgreSQL.
      return Object.fromEntries(rows.filter((r) => identities.has(r.name) && r.seq > 0).map((r) => [r.name, r.seq]));
    },
    async *pages(table) {
      let after: unknown[] | null = null;
      for (;;) {
        const rows = db.prepare(pageQuery(table, () => '?', after, PAGE_SIZE)).all(...(after ?? [])) as Record<
          string,
          unknown
        >[];
        if (rows.length === 0) return;
        yield rows.map((row) => toPortable(table, row));
        const last = rows[rows.length - 1]!;
        after = table.key.map((k) => last[k]);
      }
    },
    unreadableJson: () => ({ ...unreadable }),
    async isEmpty() {
      return transferTables.every((t) => !db.prepare(`SELECT 1 FROM ${t.name} LIMIT 1`).get());
    },
    async writeAll(batches, lastIds = {}) {
      const statements = new Map(
        transferTables.map((t) => {
          const columns = Object.keys(t.columns);
          const sql = `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
          return [t.name, db.prepare(sql)];
        }),
      );
      // One transaction across the awaits: this connection is ours alone while importing.
      db.exec('BEGIN IMMEDIATE');
      try {
        for await (const { table, rows } of batches) {
          const insert = statements.get(table.name)!;
          for (const row of rows) insert.run(...fromPortable(table, row));
        }
        raiseCounters(lastIds);
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
