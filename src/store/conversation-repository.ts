import type { ThreadTurn } from './thread-turns';

export type { ThreadTurn };

/**
 * What chat platforms need to remember: which posted message (thread root) is about which
 * article, and which incoming events were already handled (platforms redeliver).
 * Ids are opaque strings such as "slack:C123:1700000000.000100" or "discord:1234567890".
 */
/**
 * A sentence an answer cited: its id and its text then. An id alone is not enough: the story can be
 * re-stored with new text or re-analysed by a new engine, and the id then names another sentence.
 */
export interface CitedSentence {
  id: number;
  text: string;
}

export interface ConversationRepository {
  linkThread(threadRef: string, articleId: number): void;
  articleForThread(threadRef: string): number | undefined;
  /**
   * The sentences the bot's last answer in this thread cited (none before its first answer, and
   * none once the thread is linked again), so "who said that?" can mean them.
   */
  citedInThread(threadRef: string): CitedSentence[];
  /** Keeps what the bot's answer in the thread just cited, in place of the last answer's. */
  rememberCited(threadRef: string, cited: readonly CitedSentence[]): void;
  /**
   * The thread's last few questions (three), oldest first, each with what its answer cited; none before the first
   * answer, and none once the thread is linked again. A row from before the thread kept its questions gives its last
   * answer's sentences as one turn with no question.
   */
  threadTurns(threadRef: string): ThreadTurn[];
  /** Adds a question answered in the thread (its cited sentences become the last answer's too), dropping the oldest. */
  rememberTurn(threadRef: string, turn: ThreadTurn): void;
  /**
   * A turn arrived in the thread: its link's time moves to now, so the link's time is the thread's
   * last activity (what `pruneThreadLinks` measures silence by). Skipped while the stored time is
   * under an hour old (`threadTouchCutoff`); true when it wrote.
   */
  touchThread(threadRef: string): boolean;
  /**
   * Forgets the links of threads whose story was deleted and which have been silent since before
   * `silentSince` (ISO); returns how many went. A thread of a live story keeps its link. Reads
   * only deleted stories' links (marked when the story is deleted), through their own index.
   */
  pruneThreadLinks(silentSince: string): number;
  /** True the first time a key is seen, false on every later call (stored, survives restarts). */
  markEventHandled(eventKey: string): boolean;
  /**
   * Forgets at most `limit` of the event keys handled before `handledBefore` (ISO), in one short
   * statement; returns how many went (fewer than `limit`: none are left). A key forgotten is no
   * longer refused, so the cut must lie well past any platform's redelivery.
   */
  pruneHandledEvents(handledBefore: string, limit: number): number;
}
