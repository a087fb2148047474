/**
 * SQL for a time `ms` (the parameter) from now on the database's clock, never the replica's:
 * replicas' clocks may differ by minutes, and a lease timed on one of them could run out early for
 * another, which would then take over work still in hand. clock_timestamp() (not now(), the
 * transaction's start) so a statement that waited for a row lock does not shorten what it writes.
 */
export const fromDatabaseNow = (param: string) =>
  `clock_timestamp() + ${param}::double precision * interval '1 millisecond'`;
