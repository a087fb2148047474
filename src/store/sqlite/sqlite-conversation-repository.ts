import type Database from 'better-sqlite3';
import { citedSentences } from '../cited-sentences';
import type { ConversationRepository } from '../conversation-repository';
import { threadTouchCutoff } from '../thread-touch-cutoff';
import { type ThreadTurn, threadTurns, withTurn } from '../thread-turns';
import type { Migration } from './migrations';

export const conversationMigrations: readonly Migration[] = [
  {
    id: 'conversations-001-init',
    sql: `
      CREATE TABLE thread_links (
        thread_ref TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL
      );
      CREATE TABLE handled_events (
        event_key TEXT PRIMARY KEY,
        handled_at TEXT NOT NULL
      );
    `,
  },
  {
    // A thread outlives its story: a question asked there after `delete` is told the story is
    // gone, instead of being ignored (or, addressed to the bot, read as a story search). Ids are
    // never handed out again (AUTOINCREMENT), so a kept link cannot come to name another story.
    id: 'conversations-002-links-outlive-stories',
    sql: `
      CREATE TABLE thread_links_next (
        thread_ref TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL,
        linked_at TEXT NOT NULL
      );
      INSERT INTO thread_links_next (thread_ref, article_id, linked_at)
        SELECT thread_ref, article_id, linked_at FROM thread_links;
      DROP TABLE thread_links;
      ALTER TABLE thread_links_next RENAME TO thread_links;
    `,
  },
  {
    // The daily tidy-up forgets handled events by age, 5,000 a statement. Without this index each
    // batch read the table to find its rows (and the last, finding fewer, read all of it); with it
    // a batch is a range of the index, oldest first. An insert pays one more index entry.
    id: 'conversations-003-handled-at-index',
    sql: 'CREATE INDEX handled_events_handled_at ON handled_events (handled_at);',
  },
  {
    // The daily tidy-up forgets the links of deleted stories' silent threads. It read every link
    // silent past the cut, live stories' too, which is nearly the whole table (a live story's
    // link is never forgotten, and most threads go quiet): a deleted story's links now say so,
    // and an index holds only theirs, by silence. Links already orphaned are marked from then.
    id: 'conversations-004-deleted-story-links',
    sql: `
      ALTER TABLE thread_links ADD COLUMN story_deleted_at TEXT;
      UPDATE thread_links SET story_deleted_at = linked_at
        WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = thread_links.article_id);
      CREATE INDEX thread_links_deleted_story ON thread_links (linked_at) WHERE story_deleted_at IS NOT NULL;
    `,
  },
  {
    // "who said that?" in a thread means the sentence the bot's last answer there cited: the
    // link keeps those sentences (a JSON array of {id, text}: the text shows when an id no longer
    // names the same sentence), replaced by each answer.
    id: 'conversations-005-cited-sentences',
    sql: 'ALTER TABLE thread_links ADD COLUMN cited_sentences TEXT;',
  },
  {
    // A follow-up leans on more than the last answer ("and why?" reuses the last question; "who said that?" may
    // mean the answer before a "the article doesn't say"): the link keeps the last three questions as the bot read
    // them, each with its cited sentences (a JSON array of {question, cited}), forgotten with the link. A row from
    // before keeps its cited_sentences, read as one turn.
    id: 'conversations-006-thread-turns',
    sql: 'ALTER TABLE thread_links ADD COLUMN thread_turns TEXT;',
  },
];

/**
 * The daily forgetting of deleted stories' silent threads: a range of the partial index, so it
 * reads only those links. The story check stays: a link is forgotten only when its story is gone.
 * Exported for the test that checks its plan.
 */
export const PRUNE_THREAD_LINKS = `DELETE FROM thread_links WHERE story_deleted_at IS NOT NULL AND linked_at < ?
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = thread_links.article_id)`;

/** The daily tidy-up's batch (exported for the test that checks its plan uses the index). */
export const PRUNE_HANDLED_EVENTS =
  'DELETE FROM handled_events WHERE rowid IN (SELECT rowid FROM handled_events WHERE handled_at < ? ORDER BY handled_at LIMIT ?)';

export interface SqliteConversationRepositoryOptions {
  now?: () => Date;
}

export function createSqliteConversationRepository(
  db: Database.Database,
  options: SqliteConversationRepositoryOptions = {},
): ConversationRepository {
  const now = options.now ?? (() => new Date());
  const link = db.prepare(
    `INSERT INTO thread_links (thread_ref, article_id, linked_at) VALUES (?, ?, ?)
     ON CONFLICT(thread_ref) DO UPDATE SET article_id = excluded.article_id, linked_at = excluded.linked_at,
       story_deleted_at = NULL, cited_sentences = NULL, thread_turns = NULL`,
  );
  const find = db.prepare<[string], { article_id: number }>('SELECT article_id FROM thread_links WHERE thread_ref = ?');
  const cited = db.prepare<[string], { cited_sentences: string | null }>(
    'SELECT cited_sentences FROM thread_links WHERE thread_ref = ?',
  );
  const cite = db.prepare('UPDATE thread_links SET cited_sentences = ? WHERE thread_ref = ?');
  const turns = db.prepare<[string], { thread_turns: string | null; cited_sentences: string | null }>(
    'SELECT thread_turns, cited_sentences FROM thread_links WHERE thread_ref = ?',
  );
  const keepTurns = db.prepare('UPDATE thread_links SET cited_sentences = ?, thread_turns = ? WHERE thread_ref = ?');
  const readTurns = (threadRef: string) => {
    const row = turns.get(threadRef);
    return row ? threadTurns(row.thread_turns, row.cited_sentences) : [];
  };
  // Read and written in one transaction, so two answers at once cannot each drop the other's turn.
  const addTurn = db.transaction((threadRef: string, turn: ThreadTurn) => {
    keepTurns.run(JSON.stringify(turn.cited), JSON.stringify(withTurn(readTurns(threadRef), turn)), threadRef);
  });
  // The staleness test is in the statement, so the row is read and written in one step.
  const touch = db.prepare('UPDATE thread_links SET linked_at = ? WHERE thread_ref = ? AND linked_at < ?');
  const prune = db.prepare(PRUNE_THREAD_LINKS);
  const mark = db.prepare('INSERT OR IGNORE INTO handled_events (event_key, handled_at) VALUES (?, ?)');
  // Oldest first through the handled_at index: each batch reads only the rows it deletes.
  const forgetEvents = db.prepare(PRUNE_HANDLED_EVENTS);
  return {
    linkThread(threadRef, articleId) {
      link.run(threadRef, articleId, now().toISOString());
    },
    articleForThread(threadRef) {
      return find.get(threadRef)?.article_id;
    },
    citedInThread(threadRef) {
      return citedSentences(cited.get(threadRef)?.cited_sentences);
    },
    rememberCited(threadRef, sentences) {
      cite.run(JSON.stringify(sentences), threadRef);
    },
    threadTurns: readTurns,
    rememberTurn(threadRef, turn) {
      addTurn(threadRef, turn);
    },
    touchThread(threadRef) {
      const at = now();
      return touch.run(at.toISOString(), threadRef, threadTouchCutoff(at)).changes === 1;
    },
    pruneThreadLinks(silentSince) {
      return prune.run(silentSince).changes;
    },
    markEventHandled(eventKey) {
      // The primary key makes this atomic across processes: only one insert can win.
      return mark.run(eventKey, now().toISOString()).changes === 1;
    },
    pruneHandledEvents(handledBefore, limit) {
      return forgetEvents.run(handledBefore, limit).changes;
    },
  };
}
