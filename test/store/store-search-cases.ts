import { expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { acronymSearchCases } from './acronym-search-cases';
import { numberSearchCases } from './number-search-cases';
import { phraseSearchCases } from './phrase-search-cases';
import { bbc, flynn } from './store-samples';

/** The search part of the store contract: ranking, prefixes, hostile queries, entity names, suggestions. */
export function storeSearchCases(store: () => AsyncStore) {
  numberSearchCases(store);
  phraseSearchCases(store);
  acronymSearchCases(store);
  it('finds the Flynn story by "flynn" among other articles, best first', async () => {
    for (const n of ['politics/001', 'politics/002', 'business/001', 'tech/001']) await store().articles.add(bbc(n));
    const { article } = await store().articles.add(flynn());
    const hits = await store().articles.search('flynn');
    expect(hits[0]).toMatchObject({ id: article.id, source: 'flynn-immunity.txt', url: null });
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect((await store().articles.search('FLYNN immunity'))[0]?.id).toBe(article.id);
    expect((await store().articles.search('Flynn’s attorney Kelner'))[0]?.id).toBe(article.id);
  });

  it('ranks a title match above body-only mentions', async () => {
    const body = await store().articles.add({
      source: 's',
      title: 'Budget talks resume',
      text: 'Ministers met. The penguin was mentioned once. Budget, budget.',
    });
    const title = await store().articles.add({
      source: 's',
      title: 'Penguin colony grows',
      text: 'Scientists counted birds on the ice shelf this week.',
    });
    expect((await store().articles.search('penguin')).map((h) => h.id)).toEqual([title.article.id, body.article.id]);
  });

  it('matches the last term as a prefix and falls back to any term', async () => {
    const { article } = await store().articles.add(flynn());
    expect((await store().articles.search('flyn'))[0]?.id).toBe(article.id);
    expect((await store().articles.search('kelner unicornword'))[0]?.id).toBe(article.id);
    expect(await store().articles.search('unicornword')).toEqual([]);
  });

  it('does not match a lone digit inside a sum of money ("1" in "£1.2m")', async () => {
    await store().articles.add({
      source: 's',
      title: 'Harbour wall repairs approved',
      text: 'The council approved £1.2m for the harbour wall. Work starts in spring.',
    });
    expect(await store().articles.search('1')).toEqual([]);
    expect(await store().articles.search('-1')).toEqual([]);
    expect(await store().articles.search('1 extra')).toEqual([]);
    expect((await store().articles.search('harbour 1')).map((h) => h.title)).toEqual(['Harbour wall repairs approved']);
  });

  it('treats user queries as words, never as search syntax', async () => {
    await store().articles.add(flynn());
    const hostile = [
      '',
      '   ',
      '"',
      '""',
      '*',
      '***',
      '-',
      '(',
      ')',
      'AND',
      'OR NOT',
      'NEAR(flynn trump)',
      'title:flynn',
      'flynn"',
      '"flynn',
      'flynn*',
      '^flynn',
      '{title}: flynn',
      "'; DROP TABLE articles; --",
      '\u0000',
      '🙂',
      '!!!',
      'a'.repeat(5000),
    ];
    for (const q of hostile) {
      await expect(store().articles.search(q), q).resolves.toBeInstanceOf(Array);
      await expect(store().articles.suggest(q), q).resolves.toBeInstanceOf(Array);
    }
    for (const q of ['', '   ', '"', '*', '!!!', '()', '🙂']) {
      expect(await store().articles.search(q), q).toEqual([]);
      expect(await store().articles.suggest(q), q).toEqual([]);
    }
    expect(await store().articles.search('NEAR(flynn trump)')).toHaveLength(1);
    expect(await store().articles.search('{title}: flynn')).toHaveLength(1);
    expect(await store().articles.count()).toBe(1);
  });

  it('finds articles by entity names from their analysis', async () => {
    const { article } = await store().articles.add({
      source: 's',
      title: 'Cabinet reshuffle',
      text: 'The minister resigned on Tuesday.',
    });
    expect(await store().articles.search('kowalczyk')).toEqual([]);
    await store().articles.setEntityNames(article.id, ['Anna Kowalczyk', 'Anna Kowalczyk', ' ']);
    expect((await store().articles.search('kowalczyk')).map((h) => h.id)).toEqual([article.id]);
    await store().articles.setEntityNames(article.id, []);
    expect(await store().articles.search('kowalczyk')).toEqual([]);
  });

  it('suggests the closest titles when a search finds nothing', async () => {
    for (const n of ['politics/001', 'business/001', 'tech/001']) await store().articles.add(bbc(n));
    const { article } = await store().articles.add(flynn());
    expect(await store().articles.search('flyyn imunity')).toEqual([]);
    const suggestions = await store().articles.suggest('flyyn imunity');
    expect(suggestions[0]?.id).toBe(article.id);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect((await store().articles.suggest('maternty pay'))[0]?.title).toBe('Labour plans maternity pay rise');
  });
}
