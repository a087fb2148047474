import { expect, it } from 'vitest';
import { acronymSearchCases } from '../acronym-search-cases';
import { numberSearchCases } from '../number-search-cases';
import { phraseSearchCases } from '../phrase-search-cases';
import { analysisTitled, FLYNN, flynn } from '../store-samples';
import { articleSearchCases } from './article-search-cases';
import type { ContractContext } from './contract-context';
import { storedAnalysisCases } from './stored-analysis-cases';
import { threadMemoryCases } from './thread-memory-cases';

/** The synchronous contract's article and conversation cases, through the asynchronous one. */
export function articleCases(ctx: ContractContext) {
  const articles = () => ctx.store().articles;
  const ids = async (hits: Promise<{ id: number }[]>) => (await hits).map((h) => h.id);
  numberSearchCases(() => ctx.store());
  phraseSearchCases(() => ctx.store());
  acronymSearchCases(() => ctx.store());

  it('stores an article with every field and a sha256 content hash', async () => {
    const { article, outcome } = await articles().add({
      source: 'wire',
      url: 'https://example.test/a',
      title: ' Headline ',
      text: 'Body text.',
      byline: 'By A. Writer',
      publishedAt: '2024-02-29T08:00:00.000Z',
    });
    expect(outcome).toBe('created');
    expect(await articles().get(article.id)).toEqual({
      id: article.id,
      source: 'wire',
      url: 'https://example.test/a',
      title: 'Headline',
      text: 'Body text.',
      byline: 'By A. Writer',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      publishedAt: '2024-02-29T08:00:00.000Z',
      ingestedAt: ctx.now().toISOString(),
      updatedAt: ctx.now().toISOString(),
    });
    expect(await articles().get(article.id + 1000)).toBeUndefined();
    expect(await articles().count()).toBe(1);
  });

  it('never duplicates the same content, even re-saved with other whitespace', async () => {
    const first = await articles().add(flynn());
    const again = await articles().add({
      ...flynn(),
      source: 'copy.txt',
      text: `\n${FLYNN.replace(/\n/g, '\r\n')}  \n`,
    });
    expect(again.outcome).toBe('unchanged');
    expect(again.article.id).toBe(first.article.id);
    expect(await articles().count()).toBe(1);
    expect(await articles().search('flynn')).toHaveLength(1);
    const third = await articles().add(flynn(), { entityNames: ['Zbigniew Example'] });
    expect(third).toMatchObject({ outcome: 'unchanged', article: { id: first.article.id } });
    expect(await ids(articles().search('zbigniew'))).toEqual([first.article.id]);
  });

  it('updates an article in place when its URL comes back with new text', async () => {
    const url = 'https://example.test/story';
    const first = await articles().add({ source: 'web', url, title: 'Old title', text: 'Original zebra text.' });
    await articles().saveAnalysis(first.article.id, 'extractive@1', analysisTitled('Old title'));
    await ctx.store().conversations.linkThread('slack:C1:1.0', first.article.id);
    ctx.setClock('2024-03-01T11:00:00.000Z');
    const second = await articles().add({ source: 'web', url, title: 'New title', text: 'Corrected giraffe text.' });
    expect(second.outcome).toBe('updated');
    expect(second.article).toMatchObject({
      id: first.article.id,
      title: 'New title',
      text: 'Corrected giraffe text.',
      ingestedAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T11:00:00.000Z',
    });
    expect(await articles().count()).toBe(1);
    expect(await articles().getAnalysis(first.article.id, 'extractive@1')).toBeUndefined();
    expect(await articles().search('zebra')).toEqual([]);
    expect(await ids(articles().search('giraffe'))).toEqual([first.article.id]);
    expect(await ctx.store().conversations.articleForThread('slack:C1:1.0')).toBe(first.article.id);
  });

  it('reads a story title alone, the current one, and nothing for an id no story has', async () => {
    const url = 'https://example.test/renamed';
    const { article } = await articles().add({ source: 'web', url, title: 'Old title', text: 'First text.' });
    expect(await articles().titleOf(article.id)).toBe('Old title');
    await articles().add({ source: 'web', url, title: 'New title', text: 'Second text.' });
    expect(await articles().titleOf(article.id)).toBe('New title');
    expect(await articles().titleOf(article.id + 1)).toBeUndefined();
    await articles().remove(article.id);
    expect(await articles().titleOf(article.id)).toBeUndefined();
  });

  articleSearchCases(ctx);

  it('lists articles ingested since a time, oldest first, and counts them', async () => {
    await articles().add({ source: 's', title: 'First', text: 'first text' });
    ctx.setClock('2024-03-02T10:00:00.000Z');
    const b = await articles().add({ source: 's', title: 'Second', text: 'second text' });
    ctx.setClock('2024-03-03T10:00:00.000Z');
    const c = await articles().add({ source: 's', title: 'Third', text: 'third text' });
    expect(await ids(articles().ingestedSince('2024-03-02T10:00:00.000Z'))).toEqual([b.article.id, c.article.id]);
    const all = await articles().ingestedSince('2024-01-01T00:00:00.000Z');
    expect(all.map((h) => [h.title, h.ingestedAt])).toEqual([
      ['First', '2024-03-01T10:00:00.000Z'],
      ['Second', '2024-03-02T10:00:00.000Z'],
      ['Third', '2024-03-03T10:00:00.000Z'],
    ]);
    expect(await articles().ingestedSince('2025-01-01T00:00:00.000Z')).toEqual([]);
    expect(await articles().count()).toBe(3);
    // Counted in the store (a digest's older stories): from included, before excluded.
    const between = (from: string, before: string) => articles().countIngestedBetween(from, before);
    expect(await between('2024-03-01T10:00:00.000Z', '2024-03-03T10:00:00.000Z')).toBe(2);
    expect(await between('2024-03-01T10:00:00.001Z', '2024-03-03T10:00:00.001Z')).toBe(2);
    expect(await between('2024-01-01T00:00:00.000Z', '2024-03-01T10:00:00.000Z')).toBe(0);
    expect(await between('2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')).toBe(3);
  });

  storedAnalysisCases(ctx);

  it('lists the most recently added articles first', async () => {
    const first = await articles().add({ source: 's', title: 'First', text: 'One.' });
    ctx.setClock('2031-03-02T10:00:00.000Z');
    const second = await articles().add({ source: 's', title: 'Second', text: 'Two.' });
    const third = await articles().add({ source: 's', title: 'Third', text: 'Three.' });
    expect(await ids(articles().recent(2))).toEqual([third.article.id, second.article.id]);
    expect((await articles().recent(10)).map((h) => h.id)).toEqual([
      third.article.id,
      second.article.id,
      first.article.id,
    ]);
  });

  threadMemoryCases(ctx);
}
