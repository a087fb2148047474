/**
 * What an export holds: every table of the store with the columns both stores share, in an
 * order where a row's parents come first. Values are portable: times as ISO strings, flags as
 * booleans, JSON as JSON; each store converts them to its own types on the way in and out.
 */
type ColumnKind = 'int' | 'text' | 'time' | 'bool' | 'json';

export interface TransferTable {
  name: string;
  columns: Record<string, ColumnKind>;
  /** The primary key, for reading in pages. */
  key: string[];
  /** An identity column whose sequence must continue after the imported ids (PostgreSQL). */
  identity?: string;
}

export const transferTables: readonly TransferTable[] = [
  {
    name: 'articles',
    key: ['id'],
    identity: 'id',
    columns: {
      id: 'int',
      source: 'text',
      url: 'text',
      title: 'text',
      byline: 'text',
      content_hash: 'text',
      published_at: 'text',
      ingested_at: 'time',
      updated_at: 'time',
      entity_names: 'text',
      text: 'text',
    },
  },
  {
    name: 'article_analyses',
    key: ['article_id', 'engine_key'],
    columns: { article_id: 'int', engine_key: 'text', analysis_json: 'json', saved_at: 'time' },
  },
  {
    name: 'thread_links',
    key: ['thread_ref'],
    columns: {
      thread_ref: 'text',
      article_id: 'int',
      linked_at: 'time',
      story_deleted_at: 'time',
      cited_sentences: 'json',
      thread_turns: 'json',
    },
  },
  { name: 'handled_events', key: ['event_key'], columns: { event_key: 'text', handled_at: 'time' } },
  {
    name: 'llm_cache',
    key: ['article_hash', 'model', 'prompt_version'],
    columns: {
      article_hash: 'text',
      model: 'text',
      prompt_version: 'text',
      analysis_json: 'json',
      produced_by: 'text',
      dropped_count: 'int',
      created_at: 'time',
    },
  },
  {
    name: 'schedules',
    key: ['id'],
    identity: 'id',
    columns: {
      id: 'int',
      channel_id: 'text',
      kind: 'text',
      article_id: 'int',
      query: 'text',
      time: 'text',
      timezone: 'text',
      enabled: 'bool',
      disabled_reason: 'text',
      created_by: 'text',
      created_at: 'time',
      owed_from: 'time',
    },
  },
  {
    name: 'schedule_claims',
    key: ['schedule_id', 'slot'],
    columns: {
      schedule_id: 'int',
      slot: 'time',
      state: 'text',
      owner: 'text',
      lease_until: 'time',
      attempts: 'int',
      retry_at: 'time',
      late: 'bool',
      last_error: 'text',
      failure_kind: 'text',
      message_ref: 'text',
      updated_at: 'time',
      first_attempt_at: 'time',
    },
  },
  {
    name: 'resolved_questions',
    key: ['article_id', 'question_key'],
    columns: { article_id: 'int', question_key: 'text', resolved_by: 'text', resolved_at: 'time' },
  },
  {
    name: 'feeds',
    key: ['id'],
    identity: 'id',
    columns: {
      id: 'int',
      url: 'text',
      title: 'text',
      etag: 'text',
      last_modified: 'text',
      last_polled_at: 'time',
      last_success_at: 'time',
      failure_count: 'int',
      last_error: 'text',
      next_poll_at: 'time',
      created_at: 'time',
    },
  },
  {
    name: 'feed_subscriptions',
    key: ['feed_id', 'channel_id'],
    columns: { feed_id: 'int', channel_id: 'text', added_by: 'text', subscribed_at: 'time' },
  },
  {
    name: 'feed_items',
    key: ['feed_id', 'item_key'],
    columns: {
      feed_id: 'int',
      item_key: 'text',
      version: 'text',
      article_id: 'int',
      outcome: 'text',
      attempts: 'int',
      last_error: 'text',
      first_seen_at: 'time',
      ingested_at: 'time',
    },
  },
  { name: 'channel_post_slots', key: ['channel_id'], columns: { channel_id: 'text', last_post_ms: 'int' } },
];

export type PortableRow = Record<string, unknown>;

/** A page of rows after `after` (the previous page's last key), in key order. */
export function pageQuery(
  table: TransferTable,
  placeholder: (i: number) => string,
  after: unknown[] | null,
  limit: number,
): string {
  const columns = Object.keys(table.columns).join(', ');
  const keys = table.key.join(', ');
  const where = after ? `WHERE (${keys}) > (${table.key.map((_, i) => placeholder(i + 1)).join(', ')})` : '';
  return `SELECT ${columns} FROM ${table.name} ${where} ORDER BY ${keys} LIMIT ${limit}`;
}
