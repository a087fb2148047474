import Database from 'better-sqlite3';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { analysisTitled, flynn } from './store-samples';

/** The transfer tests' store clock. */
export const clock = () => new Date('2024-03-01T10:00:00.000Z');

/** A newsroom with something in every table, and a gap in its article ids. */
export async function seedSqliteNewsroom(path: string) {
  const store = openAsyncSqliteStore({ path, now: clock });
  const first = await store.articles.add(flynn(), {
    entityNames: ['Robert Kelner'],
    analysis: { engineKey: 'extractive@1', analysis: analysisTitled('Flynn') },
  });
  const gone = await store.articles.add({ source: 's', title: 'Withdrawn', text: 'Pulled story.' });
  const ferry = await store.articles.add({
    source: 'web',
    url: 'https://news.test/ferry',
    title: 'Ferry late',
    text: 'The ferry is late.',
  });
  await store.conversations.linkThread('slack:C1:1700000000.000100', first.article.id);
  await store.conversations.linkThread('discord:123456789', ferry.article.id);
  await store.conversations.rememberCited('discord:123456789', [{ id: 0, text: 'The ferry is late.' }]);
  await store.conversations.markEventHandled('slack:Ev1');
  await store.llmCache.put(
    { articleHash: first.article.contentHash, model: 'gpt-4o-mini', promptVersion: 'p3' },
    {
      analysis: analysisTitled('Model'),
      producedBy: 'model gpt-4o-mini',
      droppedCount: 1,
      createdAt: clock().toISOString(),
    },
  );
  const follow = await store.schedules.create({
    channelId: 'C1',
    kind: 'follow',
    articleId: ferry.article.id,
    query: 'ferry',
    time: '09:00',
    timezone: 'Europe/London',
  });
  const digest = await store.schedules.create({ channelId: 'C2', kind: 'digest', time: '17:00', timezone: 'UTC' });
  await store.schedules.setEnabled(digest.id, false, 'channel gone: not_in_channel');
  const slot = '2024-03-02T09:00:00.000Z';
  await store.schedules.claimSlot({
    scheduleId: follow.id,
    slot,
    owner: 'a',
    now: slot,
    leaseMs: 300_000,
    late: false,
    maxAttempts: 5,
  });
  await store.schedules.markDelivered(follow.id, slot, 'a', 'slack:C1:1709370000.000200', slot);
  await store.schedules.markSkipped(follow.id, '2024-03-01T09:00:00.000Z', 'too old', slot);
  // A slot given up because an attempt may have posted it: its typed reason moves with it.
  const unsure = '2024-03-03T09:00:00.000Z';
  await store.schedules.claimSlot({ ...claimAt(follow.id, unsure), owner: 'a' });
  await store.schedules.markFailed(follow.id, unsure, 'a', 'could not check', null, unsure, 'outcome-unknown');
  await store.schedules.resolveQuestion(ferry.article.id, 'who pays', 'U1');
  const feed = (await store.feeds.subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
  await store.feeds.recordPollSuccess(feed.id, {
    etag: '"e1"',
    lastModified: null,
    title: 'News',
    at: slot,
    nextPollAt: slot,
  });
  await store.feeds.recordItem(feed.id, 'guid-1', {
    articleId: ferry.article.id,
    outcome: 'created',
    version: 'v1',
    at: slot,
  });
  await store.postSlots.reserve('C1', slot, 1000);
  await store.close();
  const db = new Database(path);
  db.prepare('DELETE FROM articles WHERE id = ?').run(gone.article.id);
  db.close();
  return { first: first.article, ferry: ferry.article, follow, digest, feed, slot };
}

const claimAt = (scheduleId: number, slot: string) => ({
  scheduleId,
  slot,
  now: slot,
  leaseMs: 300_000,
  late: false,
  maxAttempts: 5,
});
