import type { AsyncStore } from '../store/async/async-store';
import type { CitedSentence, ThreadTurn } from '../store/conversation-repository';

/** What chat platforms remember: which thread is about which story, which events were handled. */
export interface ConversationUseCases {
  /**
   * Claims an incoming event by its keys (a platform may name one post several ways, e.g. Slack's
   * event id and channel+ts): true only when none of them was claimed before, here or in another
   * process sharing the store.
   */
  claimEvent(keys: readonly string[]): Promise<boolean>;
  linkThread(threadRef: string, articleId: number): Promise<void>;
  /** The story a turn in this thread is about; the thread counts as active from now. */
  articleForThread(threadRef: string): Promise<number | undefined>;
  /** The sentences the bot's last answer in this thread cited (see ConversationRepository). */
  citedInThread(threadRef: string): Promise<CitedSentence[]>;
  rememberCited(threadRef: string, cited: readonly CitedSentence[]): Promise<void>;
  /** The thread's last few questions, as read, with what each answer cited (see ConversationRepository). */
  threadTurns(threadRef: string): Promise<ThreadTurn[]>;
  rememberTurn(threadRef: string, turn: ThreadTurn): Promise<void>;
}

export function createConversationUseCases(
  store: Pick<AsyncStore, 'conversations' | 'transaction'>,
): ConversationUseCases {
  const { conversations } = store;
  return {
    claimEvent(keys) {
      // One transaction: two replicas given the same delivery cannot each take one of its keys
      // and both give up; the first to insert a key holds it until it commits, so the other
      // waits and then finds every key taken. Sorted, so two claims never lock in opposite orders.
      const sorted = [...new Set(keys)].sort();
      return store.transaction(async (tx) => {
        // Every key is marked (no short-circuit past a fresh one), so a later delivery under any
        // of them is recognised.
        let fresh = true;
        for (const key of sorted) fresh = (await tx.conversations.markEventHandled(key)) && fresh;
        return fresh;
      });
    },
    linkThread: (threadRef, articleId) => conversations.linkThread(threadRef, articleId),
    citedInThread: (threadRef) => conversations.citedInThread(threadRef),
    rememberCited: (threadRef, cited) => conversations.rememberCited(threadRef, cited),
    threadTurns: (threadRef) => conversations.threadTurns(threadRef),
    rememberTurn: (threadRef, turn) => conversations.rememberTurn(threadRef, turn),
    async articleForThread(threadRef) {
      const articleId = await conversations.articleForThread(threadRef);
      if (articleId !== undefined) await conversations.touchThread(threadRef);
      return articleId;
    },
  };
}
