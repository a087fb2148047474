import { expect, it } from 'vitest';
import { analysisTitled, flynn } from '../store-samples';
import { claimRequest } from './claim-request';
import type { ContractContext } from './contract-context';

/**
 * What replicas sharing the store rely on: the database, not the process, decides who wins.
 * Each case races a second connection (another replica or process) against the first.
 */
export function exactlyOnceCases(ctx: ContractContext) {
  it('answers an event once, whichever replica sees it (retries and the app_mention+message pair)', async () => {
    const peer = await ctx.peer();
    const keys = Array.from({ length: 20 }, (_, i) => `slack:C1:17000000${i}.000100`);
    const results = await Promise.all(
      keys.flatMap((key) => [
        ctx.store().conversations.markEventHandled(key),
        peer.conversations.markEventHandled(key),
      ]),
    );
    for (let i = 0; i < keys.length; i++) expect(results[2 * i]! !== results[2 * i + 1]!, keys[i]).toBe(true);
    expect(results.filter(Boolean)).toHaveLength(keys.length);
  });

  it('lets exactly one of two replicas claim a due slot', async () => {
    const peer = await ctx.peer();
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push(
        (await ctx.store().schedules.create({ channelId: `C${i}`, kind: 'digest', time: '09:00', timezone: 'UTC' })).id,
      );
    }
    const now = '2024-03-02T09:00:00.000Z';
    const claims = await Promise.all(
      ids.flatMap((id) => [
        ctx.store().schedules.claimSlot(claimRequest(id, 'replica-a', now)),
        peer.schedules.claimSlot(claimRequest(id, 'replica-b', now)),
      ]),
    );
    for (let i = 0; i < ids.length; i++) {
      expect([claims[2 * i], claims[2 * i + 1]].filter(Boolean), `schedule ${ids[i]}`).toHaveLength(1);
    }
    // After the lease, exactly one of them takes the slot over.
    await ctx.passTime(6 * 60_000);
    const later = '2024-03-02T09:06:00.000Z';
    const retaken = await Promise.all([
      ctx.store().schedules.claimSlot(claimRequest(ids[0]!, 'replica-a', later)),
      peer.schedules.claimSlot(claimRequest(ids[0]!, 'replica-b', later)),
    ]);
    expect(retaken.filter(Boolean).map((c) => c!.attempts)).toEqual([2]);
  });

  it('stores a story added by two replicas at once once', async () => {
    const peer = await ctx.peer();
    const story = flynn();
    const results = await Promise.all([ctx.store().articles.add(story), peer.articles.add(story)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'unchanged']);
    expect(results[0].article.id).toBe(results[1].article.id);
    const url = 'https://news.test/story';
    const byUrl = await Promise.all([
      ctx.store().articles.add({ source: 'web', url, title: 'Ferry', text: 'The ferry sails.' }),
      peer.articles.add({ source: 'web', url, title: 'Ferry', text: 'The ferry sails at noon.' }),
    ]);
    expect(byUrl[0].article.id).toBe(byUrl[1].article.id);
    expect(await peer.articles.count()).toBe(2);
  });

  it('leases each due feed to one poller when replicas poll at once', async () => {
    const peer = await ctx.peer();
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(
        (await ctx.store().feeds.subscribe({ url: `https://f${i}.test/rss`, channelId: 'C1', addedBy: 'U1' })).feed.id,
      );
    }
    const lease = 5 * 60_000;
    const taken = await Promise.all([
      ctx.store().feeds.leaseDueForPoll(lease, 8),
      peer.feeds.leaseDueForPoll(lease, 8),
      ctx.store().feeds.leaseDueForPoll(lease, 8),
    ]);
    const all = taken.flat().map((f) => f.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort((a, b) => a - b)).toEqual(ids);
    expect(await peer.feeds.dueForPoll()).toEqual([]);
  });

  it('shares the model-result cache between replicas', async () => {
    const peer = await ctx.peer();
    const { article } = await ctx.store().articles.add({ source: 's', title: 'Ferry', text: 'The ferry is late.' });
    const key = { articleHash: article.contentHash, model: 'gpt-4o-mini', promptVersion: 'p3' };
    expect(await peer.llmCache.get(key)).toBeUndefined();
    const entry = {
      analysis: analysisTitled('Cached'),
      producedBy: 'model gpt-4o-mini',
      droppedCount: 2,
      createdAt: ctx.now().toISOString(),
    };
    await ctx.store().llmCache.put(key, entry);
    expect(await peer.llmCache.get(key)).toEqual(entry);
    await peer.llmCache.put(key, { ...entry, droppedCount: 0 });
    expect((await ctx.store().llmCache.get(key))?.droppedCount).toBe(0);
    expect(await ctx.store().llmCache.get({ ...key, promptVersion: 'p4' })).toBeUndefined();
    // Only a stored story's text is cached: a result for text no story has (deleted) is dropped.
    const unstored = { ...key, articleHash: 'a'.repeat(64) };
    await peer.llmCache.put(unstored, entry);
    expect(await ctx.store().llmCache.get(unstored)).toBeUndefined();
  });

  it('spaces posts to one channel across replicas', async () => {
    const peer = await ctx.peer();
    const now = '2024-03-02T09:00:00.000Z';
    const slots = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? peer : ctx.store()).postSlots.reserve('C1', now, 1000)),
    );
    const times = slots.map((s) => Date.parse(s)).sort((a, b) => a - b);
    expect(times.map((t) => t - Date.parse(now))).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(await ctx.store().postSlots.reserve('C2', now, 1000)).toBe(now);
    // A reservation after a quiet spell is not pushed back by old ones.
    expect(await peer.postSlots.reserve('C1', '2024-03-02T10:00:00.000Z', 1000)).toBe('2024-03-02T10:00:00.000Z');
  });

  it('commits a transaction whole or not at all', async () => {
    const store = ctx.store();
    const id = await store.transaction(async (tx) => {
      const { article } = await tx.articles.add({ source: 's', title: 'Kept', text: 'kept text' });
      await tx.conversations.linkThread('slack:C1:9.0', article.id);
      return article.id;
    });
    expect(await store.conversations.articleForThread('slack:C1:9.0')).toBe(id);
    await expect(
      store.transaction(async (tx) => {
        await tx.articles.add({ source: 's', title: 'Dropped', text: 'dropped text' });
        await tx.conversations.markEventHandled('ev-in-tx');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.articles.count()).toBe(1);
    expect(await store.conversations.markEventHandled('ev-in-tx')).toBe(true);
    await store.ping();
  });
}
