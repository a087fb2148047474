import { expect, it } from 'vitest';
import { bbc, flynn } from '../store-samples';
import type { ContractContext } from './contract-context';

/** Finding stored stories: by words, names from their analysis, among given ones, and by the closest title. */
export function articleSearchCases(ctx: ContractContext) {
  const articles = () => ctx.store().articles;
  const ids = async (hits: Promise<{ id: number }[]>) => (await hits).map((h) => h.id);

  it('finds the Flynn story by "flynn" among other articles, best first', async () => {
    for (const n of ['politics/001', 'politics/002', 'business/001', 'tech/001']) await articles().add(bbc(n));
    const { article } = await articles().add(flynn());
    const hits = await articles().search('flynn');
    expect(hits[0]).toMatchObject({ id: article.id, source: 'flynn-immunity.txt', url: null });
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect((await articles().search('FLYNN immunity'))[0]?.id).toBe(article.id);
    expect((await articles().search('Flynn’s attorney Kelner'))[0]?.id).toBe(article.id);
  });

  it('ranks a title match above body-only mentions', async () => {
    const body = await articles().add({
      source: 's',
      title: 'Budget talks resume',
      text: 'Ministers met. The penguin was mentioned once. Budget, budget.',
    });
    const title = await articles().add({
      source: 's',
      title: 'Penguin colony grows',
      text: 'Scientists counted birds on the ice shelf this week.',
    });
    expect(await ids(articles().search('penguin'))).toEqual([title.article.id, body.article.id]);
  });

  it('matches the last term as a prefix, falls back to any term, and folds accents', async () => {
    const { article } = await articles().add(flynn());
    expect((await articles().search('flyn'))[0]?.id).toBe(article.id);
    expect((await articles().search('kelner unicornword'))[0]?.id).toBe(article.id);
    expect(await articles().search('unicornword')).toEqual([]);
    const cafe = await articles().add({ source: 's', title: 'Café owners protest', text: 'A rally in Zürich.' });
    expect(await ids(articles().search('cafe zurich'))).toEqual([cafe.article.id]);
  });

  it('treats user queries as words, never as search syntax', async () => {
    await articles().add(flynn());
    const hostile = [
      '',
      '   ',
      '"',
      '*',
      '-',
      '(',
      'AND',
      'OR NOT',
      'NEAR(flynn trump)',
      'title:flynn',
      'flynn"',
      'flynn*',
    ];
    hostile.push('^flynn', '{title}: flynn', "'; DROP TABLE articles; --", "flynn':* | !", '\u0000', 'fly\u0000nn');
    hostile.push('🙂', '!!!', 'a'.repeat(5000), `${'ü'.repeat(3000)} flynn`);
    for (const q of hostile) {
      await expect(articles().search(q), q).resolves.toBeInstanceOf(Array);
      await expect(articles().suggest(q), q).resolves.toBeInstanceOf(Array);
    }
    for (const q of ['', '   ', '"', '*', '!!!', '()', '🙂']) {
      expect(await articles().search(q), q).toEqual([]);
      expect(await articles().suggest(q), q).toEqual([]);
    }
    expect(await articles().search('NEAR(flynn trump)')).toHaveLength(1);
    expect(await articles().search("flynn':* | !")).toHaveLength(1);
    expect(await articles().count()).toBe(1);
  });

  it('finds articles by entity names from their analysis', async () => {
    const { article } = await articles().add({
      source: 's',
      title: 'Cabinet reshuffle',
      text: 'The minister resigned.',
    });
    expect(await articles().search('kowalczyk')).toEqual([]);
    await articles().setEntityNames(article.id, ['Anna Kowalczyk', 'Anna Kowalczyk', ' ']);
    expect(await ids(articles().search('kowalczyk'))).toEqual([article.id]);
    await articles().setEntityNames(article.id, []);
    expect(await articles().search('kowalczyk')).toEqual([]);
  });

  it('finds the stories a query matches among given ones, however many older ones match', async () => {
    const older: number[] = [];
    for (let i = 0; i < 60; i++) {
      const title = `Harbour ferry contract talks go on, day ${i}`;
      const text = `${title}\n\nThe ferry contract was debated again. "The ferry contract costs too much," the ferry users said of the ferry contract.`;
      older.push((await articles().add({ source: `old${i}`, title, text })).article.id);
    }
    const title = 'Harbour council approves deal for its ferry contract';
    const newer = (await articles().add({ source: 'new', title, text: `${title}\n\nThe council voted on Monday.` }))
      .article.id;
    const other = (await articles().add({ source: 'o', title: 'Bus fares', text: 'Bus fares rise.\n\nAgain.' })).article
      .id;
    expect(await articles().matchingAmong('ferry contract', [newer, other])).toEqual([newer]);
    expect((await articles().matchingAmong('ferry contract', [...older, newer])).sort((a, b) => a - b)).toEqual([
      ...older,
      newer,
    ]);
    // Every word when one of them has all; else any, as search does.
    expect(await articles().matchingAmong('council fares', [newer, other])).toEqual(
      expect.arrayContaining([newer, other]),
    );
    expect(await articles().matchingAmong('council approves', [newer, other])).toEqual([newer]);
    expect(await articles().matchingAmong('ferry', [])).toEqual([]);
    expect(await articles().matchingAmong('tram', [newer, other])).toEqual([]);
  });

  it('suggests the closest titles when a search finds nothing', async () => {
    for (const n of ['politics/001', 'business/001', 'tech/001']) await articles().add(bbc(n));
    const { article } = await articles().add(flynn());
    expect(await articles().search('flyyn imunity')).toEqual([]);
    const suggestions = await articles().suggest('flyyn imunity');
    expect(suggestions[0]?.id).toBe(article.id);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect((await articles().suggest('maternty pay'))[0]?.title).toBe('Labour plans maternity pay rise');
  });
}
