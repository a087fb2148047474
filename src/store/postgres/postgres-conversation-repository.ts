import { randomUUID } from 'node:crypto';
import type { AsyncConversationRepository } from '../async/async-store';
import { citedSentences } from '../cited-sentences';
import { threadTouchCutoff } from '../thread-touch-cutoff';
import { threadTurns, withTurn } from '../thread-turns';
import type { PgDb } from './postgres-database';

/**
 * The daily tidy-up's batch: the oldest rows through the handled_at index, deleted by their row
 * address. Deleting by key instead (event_key IN (…)) let the planner hash the batch and read the
 * whole table to match it. Rows another replica's batch holds are skipped, not waited for: it
 * deletes them. The rows are locked once chosen, so their addresses hold until the delete.
 * Exported for the test that checks its plan.
 */
export const PRUNE_HANDLED_EVENTS = `DELETE FROM handled_events WHERE ctid = ANY (ARRAY(
  SELECT ctid FROM handled_events WHERE handled_at < $1 ORDER BY handled_at LIMIT $2 FOR UPDATE SKIP LOCKED))`;

/** See the SQLite repository's: a range of the partial index of deleted stories' links. */
export const PRUNE_THREAD_LINKS = `DELETE FROM thread_links WHERE story_deleted_at IS NOT NULL AND linked_at < $1
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = thread_links.article_id)`;

export interface PostgresConversationRepositoryOptions {
  now?: () => Date;
}

export function createPostgresConversationRepository(
  db: PgDb,
  options: PostgresConversationRepositoryOptions = {},
): AsyncConversationRepository {
  const now = options.now ?? (() => new Date());
  return {
    async linkThread(threadRef, articleId) {
      await db.query(
        `INSERT INTO thread_links (thread_ref, article_id, linked_at) VALUES ($1, $2, $3)
         ON CONFLICT (thread_ref) DO UPDATE SET article_id = excluded.article_id, linked_at = excluded.linked_at,
           story_deleted_at = NULL, cited_sentences = NULL, thread_turns = NULL`,
        [threadRef, articleId, now().toISOString()],
      );
    },
    async articleForThread(threadRef) {
      const result = await db.query<{ article_id: number }>(
        'SELECT article_id FROM thread_links WHERE thread_ref = $1',
        [threadRef],
      );
      return result.rows[0]?.article_id;
    },
    async citedInThread(threadRef) {
      const result = await db.query<{ cited_sentences: unknown }>(
        'SELECT cited_sentences FROM thread_links WHERE thread_ref = $1',
        [threadRef],
      );
      return citedSentences(result.rows[0]?.cited_sentences);
    },
    async rememberCited(threadRef, sentences) {
      await db.query('UPDATE thread_links SET cited_sentences = $1 WHERE thread_ref = $2', [
        JSON.stringify(sentences),
        threadRef,
      ]);
    },
    async threadTurns(threadRef) {
      const result = await db.query<{ thread_turns: unknown; cited_sentences: unknown }>(
        'SELECT thread_turns, cited_sentences FROM thread_links WHERE thread_ref = $1',
        [threadRef],
      );
      const row = result.rows[0];
      return row ? threadTurns(row.thread_turns, row.cited_sentences) : [];
    },
    async rememberTurn(threadRef, turn) {
      // The row is locked while read (FOR UPDATE), so two replicas' answers at once cannot each drop the other's.
      await db.tx(async (tx) => {
        const result = await tx.query<{ thread_turns: unknown; cited_sentences: unknown }>(
          'SELECT thread_turns, cited_sentences FROM thread_links WHERE thread_ref = $1 FOR UPDATE',
          [threadRef],
        );
        const row = result.rows[0];
        if (!row) return;
        const turns = withTurn(threadTurns(row.thread_turns, row.cited_sentences), turn);
        await tx.query('UPDATE thread_links SET cited_sentences = $1, thread_turns = $2 WHERE thread_ref = $3', [
          JSON.stringify(turn.cited),
          JSON.stringify(turns),
          threadRef,
        ]);
      });
    },
    async touchThread(threadRef) {
      // The staleness test is in the statement: PostgreSQL re-checks it under the row lock, so of
      // two replicas touching one thread at once only the first writes.
      const at = now();
      const touched = await db.query(
        'UPDATE thread_links SET linked_at = $1 WHERE thread_ref = $2 AND linked_at < $3',
        [at.toISOString(), threadRef, threadTouchCutoff(at)],
      );
      return touched.rowCount === 1;
    },
    async pruneThreadLinks(silentSince) {
      const pruned = await db.query(PRUNE_THREAD_LINKS, [silentSince]);
      return pruned.rowCount ?? 0;
    },
    async markEventHandled(eventKey) {
      // The primary key lets exactly one replica insert. The token makes the call safe to
      // retry: if the first try committed but its reply was lost, the row is still ours.
      const token = randomUUID();
      const inserted = await db.query(
        `INSERT INTO handled_events (event_key, handled_at, handled_by) VALUES ($1, $2, $3)
         ON CONFLICT (event_key) DO NOTHING`,
        [eventKey, now().toISOString(), token],
      );
      if (inserted.rowCount === 1) return true;
      const mine = await db.query('SELECT 1 FROM handled_events WHERE event_key = $1 AND handled_by = $2', [
        eventKey,
        token,
      ]);
      return mine.rowCount === 1;
    },
    async pruneHandledEvents(handledBefore, limit) {
      const pruned = await db.query(PRUNE_HANDLED_EVENTS, [handledBefore, limit]);
      return pruned.rowCount ?? 0;
    },
  };
}
