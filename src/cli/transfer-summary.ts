/**
 * What each table of an export holds, in the newsroom's words (one, several): a reporter who
 * exported stories reads "3 stories, 2 brief threads", not "3 articles, 2 thread_links".
 */
const WORDS: Record<string, readonly [string, string]> = {
  articles: ['story', 'stories'],
  article_analyses: ['story analysis', 'story analyses'],
  thread_links: ['brief thread', 'brief threads'],
  handled_events: ['chat message handled', 'chat messages handled'],
  llm_cache: ['cached model analysis', 'cached model analyses'],
  schedules: ['follow-up or digest', 'follow-ups and digests'],
  schedule_claims: ['scheduled post record', 'scheduled post records'],
  resolved_questions: ['question marked answered', 'questions marked answered'],
  feeds: ['feed', 'feeds'],
  feed_subscriptions: ['channel feed subscription', 'channel feed subscriptions'],
  feed_items: ['feed item seen', 'feed items seen'],
  channel_post_slots: ["channel's last post time", "channels' last post times"],
};

/** "3 stories, 1 follow-up or digest" for the rows moved, by table; a table not listed keeps its name. */
export function transferSummary(rows: Record<string, number>): string {
  return (
    Object.entries(rows)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${n.toLocaleString('en-GB')} ${WORDS[table]?.[n === 1 ? 0 : 1] ?? table}`)
      .join(', ') || 'nothing (the store is empty)'
  );
}
