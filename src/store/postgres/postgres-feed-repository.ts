import type { AsyncFeedRepository } from '../async/async-store';
import type { ChannelFeed, Feed, FeedItemState, NewFeedItem } from '../feed-repository';
import { fromDatabaseNow } from './from-database-now';
import type { PgDb } from './postgres-database';

const FEED_COLUMNS = `f.id, f.url, f.title, f.etag, f.last_modified AS "lastModified", f.last_polled_at AS "lastPolledAt",
  f.last_success_at AS "lastSuccessAt", f.failure_count AS "failureCount", f.last_error AS "lastError",
  f.next_poll_at AS "nextPollAt", f.created_at AS "createdAt"`;
const CHANNEL_FEED_COLUMNS = `${FEED_COLUMNS}, s.channel_id AS "channelId", s.added_by AS "addedBy", s.subscribed_at AS "subscribedAt",
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.outcome = 'gave_up') AS "givenUpItems"`;
/**
 * Next-poll times (and the poll lease, which is a next-poll time) are written and compared on the
 * database's clock, never a replica's: replicas' clocks may differ by minutes, and a replica
 * running ahead would find a feed another replica holds due again and poll it too. A replica's
 * "poll again in 15 min" is kept as a distance and timed from the database's clock (fromDatabaseNow).
 */
const DUE = `f.next_poll_at <= now() AND EXISTS (SELECT 1 FROM feed_subscriptions s WHERE s.feed_id = f.id)`;
/** How far after the caller's `at` it asked for the next poll: the same distance on the database's clock. */
const distance = (poll: { at: string; nextPollAt: string }) => Date.parse(poll.nextPollAt) - Date.parse(poll.at);

export interface PostgresFeedRepositoryOptions {
  now?: () => Date;
}

export function createPostgresFeedRepository(
  db: PgDb,
  options: PostgresFeedRepositoryOptions = {},
): AsyncFeedRepository {
  const now = options.now ?? (() => new Date());
  const channelFeed = async (target: PgDb, feedId: number, channelId: string) =>
    (
      await target.query<ChannelFeed>(
        `SELECT ${CHANNEL_FEED_COLUMNS} FROM feed_subscriptions s JOIN feeds f ON f.id = s.feed_id
         WHERE s.feed_id = $1 AND s.channel_id = $2`,
        [feedId, channelId],
      )
    ).rows[0];

  return {
    subscribe(input) {
      return db.tx(async (tx) => {
        const at = now().toISOString();
        // Due at once on the database's clock (the poller's); created_at is the caller's record.
        await tx.query(
          'INSERT INTO feeds (url, next_poll_at, created_at) VALUES ($1, now(), $2) ON CONFLICT (url) DO NOTHING',
          [input.url, at],
        );
        const feedId = (await tx.query<{ id: number }>('SELECT id FROM feeds WHERE url = $1', [input.url])).rows[0]!.id;
        // A feed nobody followed was not polled; following it again should poll it now, not after a stale backoff.
        await tx.query(
          'UPDATE feeds SET next_poll_at = now() WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM feed_subscriptions WHERE feed_id = $1)',
          [feedId],
        );
        const inserted = await tx.query(
          `INSERT INTO feed_subscriptions (feed_id, channel_id, added_by, subscribed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (feed_id, channel_id) DO NOTHING`,
          [feedId, input.channelId, input.addedBy, at],
        );
        return { feed: (await channelFeed(tx, feedId, input.channelId))!, created: inserted.rowCount === 1 };
      });
    },
    async unsubscribe(channelId, feedId) {
      const result = await db.query('DELETE FROM feed_subscriptions WHERE channel_id = $1 AND feed_id = $2', [
        channelId,
        feedId,
      ]);
      return result.rowCount === 1;
    },
    async listForChannel(channelId) {
      const result = await db.query<ChannelFeed>(
        `SELECT ${CHANNEL_FEED_COLUMNS} FROM feed_subscriptions s JOIN feeds f ON f.id = s.feed_id
         WHERE s.channel_id = $1 ORDER BY s.subscribed_at, f.id`,
        [channelId],
      );
      return result.rows;
    },
    async get(feedId) {
      return (await db.query<Feed>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = $1`, [feedId])).rows[0];
    },
    // Due on the database's clock (DUE).
    async dueForPoll(limit = 50) {
      const result = await db.query<Feed>(
        `SELECT ${FEED_COLUMNS} FROM feeds f WHERE ${DUE} ORDER BY f.next_poll_at, f.id LIMIT $1`,
        [limit],
      );
      return result.rows;
    },
    async leaseDueForPoll(leaseMs, limit = 50, exceptIds = []) {
      // SKIP LOCKED: feeds another replica is taking right now are left to it, not waited for.
      const result = await db.query<Feed>(
        `WITH due AS (
           SELECT ${FEED_COLUMNS} FROM feeds f WHERE ${DUE} AND NOT (f.id = ANY($3::bigint[]))
           ORDER BY f.next_poll_at, f.id LIMIT $2 FOR UPDATE SKIP LOCKED
         ), leased AS (
           UPDATE feeds SET next_poll_at = ${fromDatabaseNow('$1')} FROM due WHERE feeds.id = due.id RETURNING feeds.id
         )
         SELECT due.* FROM due JOIN leased ON leased.id = due.id ORDER BY due."nextPollAt", due.id`,
        [leaseMs, limit, [...exceptIds]],
      );
      return result.rows;
    },
    async recordPollSuccess(feedId, poll) {
      await db.query(
        `UPDATE feeds SET etag = $1, last_modified = $2, title = COALESCE($3, title), last_polled_at = $4,
           last_success_at = $4, failure_count = 0, last_error = NULL, next_poll_at = ${fromDatabaseNow('$5')} WHERE id = $6`,
        [poll.etag, poll.lastModified, poll.title, poll.at, distance(poll), feedId],
      );
    },
    async recordPollFailure(feedId, poll) {
      // A retry after a lost reply counts the failure twice: one backoff step longer, nothing lost.
      await db.query(
        `UPDATE feeds SET last_polled_at = $1, failure_count = failure_count + 1, last_error = $2,
           next_poll_at = ${fromDatabaseNow('$3')} WHERE id = $4`,
        [poll.at, poll.error, distance(poll), feedId],
      );
    },
    async itemState(feedId, itemKey) {
      const result = await db.query<FeedItemState>(
        `SELECT article_id AS "articleId", outcome, version, attempts, first_seen_at AS "firstSeenAt" FROM feed_items WHERE feed_id = $1 AND item_key = $2`,
        [feedId, itemKey],
      );
      return result.rows[0];
    },
    async recordItem(feedId, itemKey, record) {
      const ingested = record.articleId !== null && record.outcome !== 'failed' && record.outcome !== 'skipped';
      await db.query(
        `INSERT INTO feed_items AS i (feed_id, item_key, version, article_id, outcome, attempts, last_error, first_seen_at, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (feed_id, item_key) DO UPDATE SET
           version = excluded.version,
           article_id = COALESCE(excluded.article_id, i.article_id),
           outcome = excluded.outcome,
           attempts = CASE WHEN excluded.outcome = 'failed' THEN i.attempts + 1 ELSE 0 END,
           last_error = excluded.last_error,
           ingested_at = COALESCE(excluded.ingested_at, i.ingested_at)`,
        [
          feedId,
          itemKey,
          record.version,
          record.articleId,
          record.outcome,
          record.outcome === 'failed' ? 1 : 0,
          record.error ?? null,
          record.at,
          ingested ? record.at : null,
        ],
      );
    },
    async newItemsSince(channelId, isoTime) {
      // One line per article: its earliest arrival through any of the channel's feeds.
      const result = await db.query<NewFeedItem>(
        `SELECT * FROM (
           SELECT DISTINCT ON (a.id) a.id AS "articleId", a.title, a.url, f.id AS "feedId", f.title AS "feedTitle",
                  f.url AS "feedUrl", i.outcome, i.ingested_at AS "ingestedAt"
           FROM feed_items i
           JOIN feed_subscriptions s ON s.feed_id = i.feed_id
           JOIN feeds f ON f.id = i.feed_id
           JOIN articles a ON a.id = i.article_id
           WHERE s.channel_id = $1 AND i.ingested_at >= $2 AND i.outcome IN ('created', 'updated', 'unchanged')
           ORDER BY a.id, i.ingested_at, f.id
         ) firsts ORDER BY "ingestedAt", "articleId"`,
        [channelId, isoTime],
      );
      return result.rows;
    },
  };
}
