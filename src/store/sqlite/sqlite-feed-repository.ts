import type Database from 'better-sqlite3';
import type { ChannelFeed, Feed, FeedItemState, FeedRepository, NewFeedItem } from '../feed-repository';
import type { Migration } from './migrations';

export const feedMigrations: readonly Migration[] = [
  {
    id: 'feeds-001-init',
    sql: `
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        failure_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_poll_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE feed_subscriptions (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        channel_id TEXT NOT NULL,
        added_by TEXT NOT NULL,
        subscribed_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, channel_id)
      );
      CREATE INDEX feed_subscriptions_channel ON feed_subscriptions(channel_id);
      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        version TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        outcome TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        first_seen_at TEXT NOT NULL,
        ingested_at TEXT,
        PRIMARY KEY (feed_id, item_key)
      );
      CREATE INDEX feed_items_ingested ON feed_items(ingested_at);
    `,
  },
];

const FEED_COLUMNS = `f.id, f.url, f.title, f.etag, f.last_modified AS lastModified, f.last_polled_at AS lastPolledAt,
  f.last_success_at AS lastSuccessAt, f.failure_count AS failureCount, f.last_error AS lastError,
  f.next_poll_at AS nextPollAt, f.created_at AS createdAt`;
const CHANNEL_FEED_COLUMNS = `${FEED_COLUMNS}, s.channel_id AS channelId, s.added_by AS addedBy, s.subscribed_at AS subscribedAt,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.outcome = 'gave_up') AS givenUpItems`;

export interface SqliteFeedRepositoryOptions {
  now?: () => Date;
}

/** The due feeds at a time the caller gives: the lease, which runs on its poller's clock. */
interface SqliteDueAt {
  dueAt(nowIso: string, limit: number): Feed[];
}

export function createSqliteFeedRepository(
  db: Database.Database,
  options: SqliteFeedRepositoryOptions = {},
): FeedRepository & SqliteDueAt {
  const now = options.now ?? (() => new Date());
  const insertFeed = db.prepare(
    'INSERT INTO feeds (url, next_poll_at, created_at) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING',
  );
  const feedIdByUrl = db.prepare<[string], { id: number }>('SELECT id FROM feeds WHERE url = ?');
  const insertSub = db.prepare(
    'INSERT OR IGNORE INTO feed_subscriptions (feed_id, channel_id, added_by, subscribed_at) VALUES (?, ?, ?, ?)',
  );
  // A feed nobody followed was not polled; following it again should poll it now, not after a stale backoff.
  const wakeFeed = db.prepare(
    'UPDATE feeds SET next_poll_at = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feed_subscriptions WHERE feed_id = ?)',
  );
  const channelFeed = db.prepare<[number, string], ChannelFeed>(
    `SELECT ${CHANNEL_FEED_COLUMNS} FROM feed_subscriptions s JOIN feeds f ON f.id = s.feed_id WHERE s.feed_id = ? AND s.channel_id = ?`,
  );
  const listChannel = db.prepare<[string], ChannelFeed>(
    `SELECT ${CHANNEL_FEED_COLUMNS} FROM feed_subscriptions s JOIN feeds f ON f.id = s.feed_id WHERE s.channel_id = ? ORDER BY s.subscribed_at, f.id`,
  );
  const deleteSub = db.prepare('DELETE FROM feed_subscriptions WHERE channel_id = ? AND feed_id = ?');
  const getFeed = db.prepare<[number], Feed>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = ?`);
  const due = db.prepare<[string, number], Feed>(
    `SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.next_poll_at <= ?
       AND EXISTS (SELECT 1 FROM feed_subscriptions s WHERE s.feed_id = f.id)
     ORDER BY f.next_poll_at, f.id LIMIT ?`,
  );
  const success = db.prepare(
    `UPDATE feeds SET etag = @etag, last_modified = @lastModified, title = COALESCE(@title, title), last_polled_at = @at,
       last_success_at = @at, failure_count = 0, last_error = NULL, next_poll_at = @nextPollAt WHERE id = @id`,
  );
  const failure = db.prepare(
    `UPDATE feeds SET last_polled_at = @at, failure_count = failure_count + 1, last_error = @error, next_poll_at = @nextPollAt WHERE id = @id`,
  );
  const itemState = db.prepare<[number, string], FeedItemState>(
    'SELECT article_id AS articleId, outcome, version, attempts, first_seen_at AS firstSeenAt FROM feed_items WHERE feed_id = ? AND item_key = ?',
  );
  const upsertItem = db.prepare(
    `INSERT INTO feed_items (feed_id, item_key, version, article_id, outcome, attempts, last_error, first_seen_at, ingested_at)
     VALUES (@feedId, @itemKey, @version, @articleId, @outcome, @attempts, @error, @at, @ingestedAt)
     ON CONFLICT(feed_id, item_key) DO UPDATE SET
       version = excluded.version,
       article_id = COALESCE(excluded.article_id, article_id),
       outcome = excluded.outcome,
       attempts = CASE WHEN excluded.outcome = 'failed' THEN attempts + 1 ELSE 0 END,
       last_error = excluded.last_error,
       ingested_at = COALESCE(excluded.ingested_at, ingested_at)`,
  );
  const newItems = db.prepare<[string, string], NewFeedItem>(
    `SELECT a.id AS articleId, a.title, a.url, f.id AS feedId, f.title AS feedTitle, f.url AS feedUrl,
            i.outcome, MIN(i.ingested_at) AS ingestedAt
     FROM feed_items i
     JOIN feed_subscriptions s ON s.feed_id = i.feed_id
     JOIN feeds f ON f.id = i.feed_id
     JOIN articles a ON a.id = i.article_id
     WHERE s.channel_id = ? AND i.ingested_at >= ? AND i.outcome IN ('created', 'updated', 'unchanged')
     GROUP BY a.id ORDER BY ingestedAt, a.id`,
  );

  const subscribe = db.transaction((input: { url: string; channelId: string; addedBy: string }) => {
    const at = now().toISOString();
    insertFeed.run(input.url, at, at);
    const feedId = feedIdByUrl.get(input.url)!.id;
    wakeFeed.run(at, feedId, feedId);
    const created = insertSub.run(feedId, input.channelId, input.addedBy, at).changes === 1;
    return { feed: channelFeed.get(feedId, input.channelId)!, created };
  });

  return {
    subscribe: (input) => subscribe.immediate(input),
    unsubscribe: (channelId, feedId) => deleteSub.run(channelId, feedId).changes === 1,
    listForChannel: (channelId) => listChannel.all(channelId),
    get: (feedId) => getFeed.get(feedId),
    dueForPoll: (limit = 50) => due.all(now().toISOString(), limit),
    dueAt: (nowIso, limit) => due.all(nowIso, limit),
    recordPollSuccess: (feedId, poll) => void success.run({ id: feedId, ...poll }),
    recordPollFailure: (feedId, poll) => void failure.run({ id: feedId, ...poll }),
    itemState: (feedId, itemKey) => itemState.get(feedId, itemKey),
    recordItem(feedId, itemKey, record) {
      const ingested = record.articleId !== null && record.outcome !== 'failed' && record.outcome !== 'skipped';
      upsertItem.run({
        feedId,
        itemKey,
        version: record.version,
        articleId: record.articleId,
        outcome: record.outcome,
        attempts: record.outcome === 'failed' ? 1 : 0,
        error: record.error ?? null,
        at: record.at,
        ingestedAt: ingested ? record.at : null,
      });
    },
    newItemsSince: (channelId, isoTime) => newItems.all(channelId, isoTime),
  };
}
