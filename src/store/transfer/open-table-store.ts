import { openPostgresTableStore } from './postgres-table-store';
import { openSqliteTableStore } from './sqlite-table-store';
import type { StoreLocation } from './store-location';
import type { TableStore } from './table-store';

export function openTableStore(location: StoreLocation): Promise<TableStore> {
  return location.kind === 'sqlite'
    ? Promise.resolve(openSqliteTableStore(location.path))
    : openPostgresTableStore(location);
}
