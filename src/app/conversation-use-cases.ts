import type { ConversationRepository } from '../store/conversation-repository';

/** What chat platforms remember: which thread is about which story, which events were handled. */
export interface ConversationUseCases {
  /**
   * Claims an incoming event by its keys (a platform may name one post several ways, e.g. Slack's
   * event id and channel+ts): true only when none of them was claimed before, here or in another
   * process sharing the store.
   */
  claimEvent(keys: readonly string[]): boolean;
  linkThread(threadRef: string, articleId: number): void;
  articleForThread(threadRef: string): number | undefined;
}

export function createConversationUseCases(conversations: ConversationRepository): ConversationUseCases {
  return {
    claimEvent(keys) {
      // Every key is marked (no short-circuit past a fresh one), so a later delivery under any
      // of them is recognised.
      let fresh = true;
      for (const key of keys) fresh = conversations.markEventHandled(key) && fresh;
      return fresh;
    },
    linkThread: (threadRef, articleId) => conversations.linkThread(threadRef, articleId),
    articleForThread: (threadRef) => conversations.articleForThread(threadRef),
  };
}
