import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import type { AsyncStore } from '../../src/store/async/async-store';
import { analysisTitled, FLYNN, flynn } from './store-samples';
import { storeSearchCases } from './store-search-cases';

export interface StoreContractOptions {
  now: () => Date;
}

/** Behaviour every Store implementation must have. `makeStore` gets a clock it must use. */
export function describeStoreContract(
  name: string,
  makeStore: (options: StoreContractOptions) => AsyncStore | Promise<AsyncStore>,
) {
  describe(`Store contract: ${name}`, () => {
    let store: AsyncStore;
    let clock: Date;
    beforeEach(async () => {
      clock = new Date('2024-03-01T10:00:00.000Z');
      store = await makeStore({ now: () => clock });
    });
    afterEach(() => store.close());

    it('stores an article with every field and a sha256 content hash', async () => {
      const { article, outcome } = await store.articles.add({
        source: 'wire',
        url: 'https://example.test/a',
        title: ' Headline ',
        text: 'Body text.',
        byline: 'By A. Writer',
        publishedAt: '2024-02-29T08:00:00.000Z',
      });
      expect(outcome).toBe('created');
      expect(await store.articles.get(article.id)).toEqual({
        id: article.id,
        source: 'wire',
        url: 'https://example.test/a',
        title: 'Headline',
        text: 'Body text.',
        byline: 'By A. Writer',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        publishedAt: '2024-02-29T08:00:00.000Z',
        ingestedAt: clock.toISOString(),
        updatedAt: clock.toISOString(),
      });
      expect(await store.articles.get(article.id + 1000)).toBeUndefined();
      expect(await store.articles.count()).toBe(1);
    });

    it('never duplicates the same content, even re-saved with other whitespace', async () => {
      const first = await store.articles.add(flynn());
      const again = await store.articles.add({
        ...flynn(),
        source: 'copy.txt',
        text: `\n${FLYNN.replace(/\n/g, '\r\n')}  \n`,
      });
      expect(again.outcome).toBe('unchanged');
      expect(again.article.id).toBe(first.article.id);
      expect(await store.articles.count()).toBe(1);
      expect(await store.articles.search('flynn')).toHaveLength(1);
      const third = await store.articles.add(flynn(), { entityNames: ['Zbigniew Example'] });
      expect(third).toMatchObject({ outcome: 'unchanged', article: { id: first.article.id } });
      expect((await store.articles.search('zbigniew')).map((h) => h.id)).toEqual([first.article.id]);
    });

    it('updates an article in place when its URL comes back with new text', async () => {
      const url = 'https://example.test/story';
      const first = await store.articles.add({ source: 'web', url, title: 'Old title', text: 'Original zebra text.' });
      await store.articles.saveAnalysis(first.article.id, 'extractive@1', analysisTitled('Old title'));
      await store.conversations.linkThread('slack:C1:1.0', first.article.id);
      clock = new Date('2024-03-01T11:00:00.000Z');
      const second = await store.articles.add({
        source: 'web',
        url,
        title: 'New title',
        text: 'Corrected giraffe text.',
      });
      expect(second.outcome).toBe('updated');
      expect(second.article.id).toBe(first.article.id);
      expect(second.article).toMatchObject({
        title: 'New title',
        text: 'Corrected giraffe text.',
        ingestedAt: '2024-03-01T10:00:00.000Z',
        updatedAt: '2024-03-01T11:00:00.000Z',
      });
      expect(await store.articles.count()).toBe(1);
      expect(await store.articles.getAnalysis(first.article.id, 'extractive@1')).toBeUndefined();
      expect(await store.articles.search('zebra')).toEqual([]);
      expect((await store.articles.search('giraffe')).map((h) => h.id)).toEqual([first.article.id]);
      expect(await store.conversations.articleForThread('slack:C1:1.0')).toBe(first.article.id);
    });

    it('removes an article with its analyses, resolved questions and search entries; its thread keeps the link', async () => {
      const kept = await store.articles.add({
        source: 's',
        title: 'Kept okapi story',
        text: 'An okapi was seen today.',
      });
      const { article } = await store.articles.add(flynn());
      await store.articles.saveAnalysis(article.id, 'extractive@1', analysisTitled('Flynn'));
      await store.conversations.linkThread('slack:C1:9.0', article.id);
      await store.schedules.resolveQuestion(article.id, 'who-paid', null);
      const removed = await store.articles.remove(article.id);
      expect(removed).toMatchObject({ id: article.id, title: article.title });
      expect(await store.articles.get(article.id)).toBeUndefined();
      expect(await store.articles.getAnalysis(article.id, 'extractive@1')).toBeUndefined();
      // The thread still names the story, so a question there is told it is gone.
      expect(await store.conversations.articleForThread('slack:C1:9.0')).toBe(article.id);
      expect(await store.schedules.resolvedQuestions(article.id)).toEqual([]);
      expect(await store.articles.search('flynn')).toEqual([]);
      expect(await store.articles.suggest('flynn immunity')).toEqual([]);
      expect(await store.articles.count()).toBe(1);
      expect(await store.articles.remove(article.id)).toBeUndefined();
      expect((await store.articles.search('okapi')).map((h) => h.id)).toEqual([kept.article.id]);
      // The same text can be stored again afterwards, as a new article.
      expect((await store.articles.add(flynn())).outcome).toBe('created');
    });

    it('lists the most recently added articles first', async () => {
      const first = await store.articles.add({ source: 's', title: 'First', text: 'One.' });
      clock = new Date('2024-03-02T10:00:00.000Z');
      const second = await store.articles.add({ source: 's', title: 'Second', text: 'Two.' });
      const third = await store.articles.add({ source: 's', title: 'Third', text: 'Three.' });
      expect((await store.articles.recent(2)).map((h) => h.id)).toEqual([third.article.id, second.article.id]);
      expect((await store.articles.recent(10)).map((h) => h.title)).toEqual(['Third', 'Second', 'First']);
      expect((await store.articles.recent(10)).at(-1)).toMatchObject({
        id: first.article.id,
        ingestedAt: '2024-03-01T10:00:00.000Z',
      });
    });

    storeSearchCases(() => store);

    it('lists articles ingested since a time, oldest first', async () => {
      const a = await store.articles.add({ source: 's', title: 'First', text: 'first text' });
      clock = new Date('2024-03-02T10:00:00.000Z');
      const b = await store.articles.add({ source: 's', title: 'Second', text: 'second text' });
      clock = new Date('2024-03-03T10:00:00.000Z');
      const c = await store.articles.add({ source: 's', title: 'Third', text: 'third text' });
      expect((await store.articles.ingestedSince('2024-03-02T10:00:00.000Z')).map((h) => h.id)).toEqual([
        b.article.id,
        c.article.id,
      ]);
      expect((await store.articles.ingestedSince('2024-01-01T00:00:00.000Z')).map((h) => h.title)).toEqual([
        'First',
        'Second',
        'Third',
      ]);
      expect(await store.articles.ingestedSince('2025-01-01T00:00:00.000Z')).toEqual([]);
      expect(a.article.ingestedAt).toBe('2024-03-01T10:00:00.000Z');
    });

    it('caches analyses per engine key', async () => {
      const { article } = await store.articles.add(flynn());
      expect(await store.articles.getAnalysis(article.id, 'extractive@1')).toBeUndefined();
      await store.articles.saveAnalysis(article.id, 'extractive@1', analysisTitled('A'));
      await store.articles.saveAnalysis(article.id, 'llm:m@p1', analysisTitled('B'));
      expect(await store.articles.getAnalysis(article.id, 'extractive@1')).toEqual(analysisTitled('A'));
      expect((await store.articles.getAnalysis(article.id, 'llm:m@p1'))?.title).toBe('B');
      expect(await store.articles.getAnalysis(article.id, 'extractive@2')).toBeUndefined();
      await store.articles.saveAnalysis(article.id, 'extractive@1', analysisTitled('A2'));
      expect((await store.articles.getAnalysis(article.id, 'extractive@1'))?.title).toBe('A2');
    });

    it('stores derived data with the article atomically', async () => {
      const { article } = await store.articles.add(
        { source: 's', title: 'Reshuffle', text: 'The minister resigned.' },
        {
          entityNames: ['Anna Kowalczyk'],
          analysis: { engineKey: 'extractive@1', analysis: analysisTitled('Reshuffle') },
        },
      );
      expect((await store.articles.search('kowalczyk')).map((h) => h.id)).toEqual([article.id]);
      expect((await store.articles.getAnalysis(article.id, 'extractive@1'))?.title).toBe('Reshuffle');

      const circular = analysisTitled('Broken') as Analysis & { self?: unknown };
      circular.self = circular;
      await expect(
        store.articles.add(
          { source: 's', title: 'Half written', text: 'This must not be stored.' },
          { entityNames: ['Nobody'], analysis: { engineKey: 'extractive@1', analysis: circular } },
        ),
      ).rejects.toThrow();
      expect(await store.articles.count()).toBe(1);
      expect(await store.articles.search('half written')).toEqual([]);
      expect(await store.articles.search('nobody')).toEqual([]);
    });

    it('remembers which thread is about which article', async () => {
      const a = (await store.articles.add({ source: 's', title: 'A', text: 'alpha' })).article.id;
      const b = (await store.articles.add({ source: 's', title: 'B', text: 'beta' })).article.id;
      expect(await store.conversations.articleForThread('discord:1')).toBeUndefined();
      await store.conversations.linkThread('discord:1', a);
      await store.conversations.linkThread('slack:C1:2.0', b);
      expect(await store.conversations.articleForThread('discord:1')).toBe(a);
      await store.conversations.linkThread('discord:1', b);
      expect(await store.conversations.articleForThread('discord:1')).toBe(b);
      expect(await store.conversations.articleForThread('slack:C1:2.0')).toBe(b);
    });

    it('handles each event key once', async () => {
      expect(await store.conversations.markEventHandled('slack:Ev1')).toBe(true);
      expect(await store.conversations.markEventHandled('slack:Ev1')).toBe(false);
      expect(await store.conversations.markEventHandled('slack:Ev2')).toBe(true);
      expect(await store.conversations.markEventHandled('slack:Ev1')).toBe(false);
    });
  });
}
