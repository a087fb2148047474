import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/** The synchronous side of ChannelPostSlots (src/store/async), wrapped by the SQLite adapter. */
interface PostSlotRepository {
  /** The instant (ISO) at which this caller may post to the channel; never before `now`. */
  reserve(channelId: string, now: string, intervalMs: number): string;
}

/** The last reserved post instant per channel (ms since the epoch), shared by every process. */
export const postSlotMigrations: readonly Migration[] = [
  {
    id: 'post-slots-001-init',
    sql: `
      CREATE TABLE channel_post_slots (
        channel_id TEXT PRIMARY KEY,
        last_post_ms INTEGER NOT NULL
      );
    `,
  },
];

/**
 * Reserves the channel's next post instant: now, or `intervalMs` after the last reservation if
 * that is later. One upsert, so SQLite's write lock makes it atomic across processes.
 */
export function createSqlitePostSlots(db: Database.Database): PostSlotRepository {
  const reserve = db.prepare<{ channelId: string; now: number; intervalMs: number }, { last_post_ms: number }>(
    `INSERT INTO channel_post_slots (channel_id, last_post_ms) VALUES (@channelId, @now)
     ON CONFLICT (channel_id) DO UPDATE SET last_post_ms = max(excluded.last_post_ms, last_post_ms + @intervalMs)
     RETURNING last_post_ms`,
  );
  return {
    reserve(channelId: string, now: string, intervalMs: number): string {
      const row = reserve.get({ channelId, now: Date.parse(now), intervalMs })!;
      return new Date(row.last_post_ms).toISOString();
    },
  };
}
