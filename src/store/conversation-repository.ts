/**
 * What chat platforms need to remember: which posted message (thread root) is about which
 * article, and which incoming events were already handled (platforms redeliver).
 * Ids are opaque strings such as "slack:C123:1700000000.000100" or "discord:1234567890".
 */
export interface ConversationRepository {
  linkThread(threadRef: string, articleId: number): void;
  articleForThread(threadRef: string): number | undefined;
  /** True the first time a key is seen, false on every later call (stored, survives restarts). */
  markEventHandled(eventKey: string): boolean;
}
