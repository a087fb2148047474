import pg from 'pg';

/**
 * Time passing on the database's clock, without waiting for it: every deadline the database set
 * for a slot claim (a lease, a retry time) and every feed's next poll (a poll lease too) comes `ms`
 * nearer, as though its now() had moved on by `ms` — "the holder died long ago". PostgreSQL
 * decides these on its own clock, so a test cannot move it by moving a replica's injected clock.
 */
export async function passDatabaseTime(url: string, schema: string, ms: number): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(
      `UPDATE "${schema}".schedule_claims SET lease_until = lease_until - $1 * interval '1 millisecond',
         retry_at = retry_at - $1 * interval '1 millisecond'`,
      [ms],
    );
    await client.query(`UPDATE "${schema}".feeds SET next_poll_at = next_poll_at - $1 * interval '1 millisecond'`, [
      ms,
    ]);
  } finally {
    await client.end();
  }
}
