import type { ChannelPostSlots } from '../async/async-store';
import type { PgDb } from './postgres-database';

/**
 * One upsert per reservation: the row lock orders replicas reserving for the same channel, and
 * each gets an instant at least `intervalMs` after the one before.
 */
export function createPostgresPostSlots(db: PgDb): ChannelPostSlots {
  return {
    async reserve(channelId, now, intervalMs) {
      const result = await db.query<{ last_post_ms: number }>(
        `INSERT INTO channel_post_slots (channel_id, last_post_ms) VALUES ($1, $2)
         ON CONFLICT (channel_id) DO UPDATE
           SET last_post_ms = GREATEST(excluded.last_post_ms, channel_post_slots.last_post_ms + $3)
         RETURNING last_post_ms`,
        // Retried after a lost reply like every call: the worst case is one unused instant (a gap).
        [channelId, Date.parse(now), intervalMs],
      );
      return new Date(result.rows[0]!.last_post_ms).toISOString();
    },
  };
}
