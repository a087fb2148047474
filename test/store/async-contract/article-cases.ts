import { expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis-types';
import { contentHash } from '../../../src/store/content-hash';
import { acronymSearchCases } from '../acronym-search-cases';
import { numberSearchCases } from '../number-search-cases';
import { phraseSearchCases } from '../phrase-search-cases';
import { analysisTitled, bbc, FLYNN, flynn } from '../store-samples';
import type { ContractContext } from './contract-context';

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

  it('caches analyses per engine key', async () => {
    const { article } = await articles().add(flynn());
    expect(await articles().getAnalysis(article.id, 'extractive@1')).toBeUndefined();
    await articles().saveAnalysis(article.id, 'extractive@1', analysisTitled('A'));
    await articles().saveAnalysis(article.id, 'llm:m@p1', analysisTitled('B'));
    expect(await articles().getAnalysis(article.id, 'extractive@1')).toEqual(analysisTitled('A'));
    expect((await articles().getAnalysis(article.id, 'llm:m@p1'))?.title).toBe('B');
    expect(await articles().getAnalysis(article.id, 'extractive@2')).toBeUndefined();
    await articles().saveAnalysis(article.id, 'extractive@1', analysisTitled('A2'));
    expect((await articles().getAnalysis(article.id, 'extractive@1'))?.title).toBe('A2');
  });

  it("a new analysis replaces the article's other versions of the same engine, in the same transaction", async () => {
    const a = (await articles().add(flynn())).article.id;
    const b = (await articles().add({ source: 's', title: 'Other', text: 'other text' })).article.id;
    const save = (id: number, key: string) => articles().saveAnalysis(id, key, analysisTitled(key));
    for (const key of ['extractive@1+aaa', 'extractivist@1', 'llm:m@p1+extractive@1+aaa', 'llm:m2@p1']) {
      await save(a, key);
    }
    await save(b, 'extractive@1+aaa');
    await save(a, 'extractive@2+bbb');
    await save(a, 'llm:m@p2+extractive@2+bbb');
    // Another engine (a name merely starting alike, another model) and another article keep theirs.
    // Sorted here: the stores' collations may order punctuation differently.
    expect((await articles().analysisKeys(a)).sort()).toEqual([
      'extractive@2+bbb',
      'extractivist@1',
      'llm:m2@p1',
      'llm:m@p2+extractive@2+bbb',
    ]);
    expect(await articles().analysisKeys(b)).toEqual(['extractive@1+aaa']);
    await save(a, 'extractive@2+bbb');
    expect((await articles().analysisKeys(a)).filter((k) => k.startsWith('extractive@'))).toEqual(['extractive@2+bbb']);
    // A write that does not commit removes nothing.
    await expect(
      ctx.store().transaction(async (tx) => {
        await tx.articles.saveAnalysis(a, 'extractive@3+ccc', analysisTitled('C'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await articles().getAnalysis(a, 'extractive@2+bbb'))?.title).toBe('extractive@2+bbb');
    expect(await articles().getAnalysis(a, 'extractive@3+ccc')).toBeUndefined();
  });

  it('retitles a stored story: search and suggestions go by the new title', async () => {
    const { article } = await articles().add({ source: 's', title: 'Quillfeather report', text: 'The body text.' });
    await articles().setTitle(article.id, ' Harbour ferry contract signed ');
    expect(await articles().titleOf(article.id)).toBe('Harbour ferry contract signed');
    expect(await ids(articles().search('quillfeather'))).toEqual([]);
    expect(await ids(articles().search('ferry contract'))).toEqual([article.id]);
    expect((await articles().suggest('harbor ferry contrct'))[0]?.id).toBe(article.id);
  });

  it('stores derived data with the article atomically', async () => {
    const { article } = await articles().add(
      { source: 's', title: 'Reshuffle', text: 'The minister resigned.' },
      {
        entityNames: ['Anna Kowalczyk'],
        analysis: { engineKey: 'extractive@1', analysis: analysisTitled('Reshuffle') },
      },
    );
    expect(await ids(articles().search('kowalczyk'))).toEqual([article.id]);
    expect((await articles().getAnalysis(article.id, 'extractive@1'))?.title).toBe('Reshuffle');
    const circular = analysisTitled('Broken') as Analysis & { self?: unknown };
    circular.self = circular;
    await expect(
      articles().add(
        { source: 's', title: 'Half written', text: 'This must not be stored.' },
        { entityNames: ['Nobody'], analysis: { engineKey: 'extractive@1', analysis: circular } },
      ),
    ).rejects.toThrow();
    expect(await articles().count()).toBe(1);
    expect(await articles().search('half written')).toEqual([]);
    expect(await articles().search('nobody')).toEqual([]);
  });

  it('removes an article with its analyses, resolved questions and search entries; its thread keeps the link', async () => {
    const store = ctx.store();
    const kept = await store.articles.add({ source: 's', title: 'Kept okapi story', text: 'An okapi was seen today.' });
    const { article } = await store.articles.add(flynn());
    await store.articles.saveAnalysis(article.id, 'extractive@1', analysisTitled('Flynn'));
    await store.conversations.linkThread('slack:C1:9.0', article.id);
    await store.schedules.resolveQuestion(article.id, 'who-paid', null);
    expect(await store.articles.remove(article.id)).toMatchObject({ id: article.id, title: article.title });
    expect(await store.articles.get(article.id)).toBeUndefined();
    expect(await store.articles.getAnalysis(article.id, 'extractive@1')).toBeUndefined();
    // The thread still names the story, so a question there is told it is gone.
    expect(await store.conversations.articleForThread('slack:C1:9.0')).toBe(article.id);
    expect(await store.schedules.resolvedQuestions(article.id)).toEqual([]);
    expect(await store.articles.search('flynn')).toEqual([]);
    expect(await store.articles.count()).toBe(1);
    expect(await store.articles.remove(article.id)).toBeUndefined();
    expect(await ids(store.articles.search('okapi'))).toEqual([kept.article.id]);
  });

  it("removes the model's cached results of a story's text, and of its earlier text when it was rewritten in place", async () => {
    const store = ctx.store();
    const modelResult = (title: string) => ({
      analysis: analysisTitled(title),
      producedBy: 'model gpt-4o-mini',
      droppedCount: 0,
      createdAt: ctx.now().toISOString(),
    });
    // Keyed as the model engine keys them: the hash of the text it was given.
    const cacheOf = (text: string, promptVersion = 'p3') => ({
      articleHash: contentHash(text),
      model: 'gpt-4o-mini',
      promptVersion,
    });
    const url = 'https://example.test/ferry';
    const first = await store.articles.add({ source: 's', url, title: 'Ferry late', text: 'The ferry is late.' });
    await store.llmCache.put(cacheOf(first.article.text), modelResult('Ferry late'));
    const other = await store.articles.add(flynn());
    await store.llmCache.put(cacheOf(other.article.text), modelResult('Flynn'));

    const rewritten = await store.articles.add({
      source: 's',
      url,
      title: 'Ferry late',
      text: 'The ferry is very late.',
    });
    expect(rewritten.outcome).toBe('updated');
    expect(await store.llmCache.get(cacheOf(first.article.text))).toBeUndefined();
    await store.llmCache.put(cacheOf(rewritten.article.text), modelResult('Ferry very late'));
    await store.llmCache.put(cacheOf(rewritten.article.text, 'p4'), modelResult('Ferry very late'));

    expect(await store.articles.remove(rewritten.article.id)).toMatchObject({ id: first.article.id });
    expect(await store.llmCache.get(cacheOf(rewritten.article.text))).toBeUndefined();
    expect(await store.llmCache.get(cacheOf(rewritten.article.text, 'p4'))).toBeUndefined();
    // Another story's results stay, and so does everything when nothing was removed.
    expect(await store.articles.remove(rewritten.article.id)).toBeUndefined();
    expect(await store.llmCache.get(cacheOf(other.article.text))).toEqual(modelResult('Flynn'));
  });

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

  it('remembers which thread is about which article, and handles each event key once', async () => {
    const conversations = ctx.store().conversations;
    const a = (await articles().add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const b = (await articles().add({ source: 's', title: 'B', text: 'beta' })).article.id;
    expect(await conversations.articleForThread('discord:1')).toBeUndefined();
    await conversations.linkThread('discord:1', a);
    await conversations.linkThread('slack:C1:2.0', b);
    expect(await conversations.articleForThread('discord:1')).toBe(a);
    await conversations.linkThread('discord:1', b);
    expect(await conversations.articleForThread('discord:1')).toBe(b);
    expect(await conversations.articleForThread('slack:C1:2.0')).toBe(b);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(true);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(false);
    expect(await conversations.markEventHandled('slack:Ev2')).toBe(true);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(false);
  });

  it('remembers what the last answer in a thread cited, until the next answer or a new link', async () => {
    const { articles, conversations } = ctx.store();
    const a = (await articles.add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const cited = (...ids: number[]) => ids.map((id) => ({ id, text: `Sentence ${id}, “quoted”.` }));
    await conversations.linkThread('discord:7', a);
    await conversations.linkThread('slack:C1:7.0', a);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    await conversations.rememberCited('discord:7', cited(3, 5));
    expect(await conversations.citedInThread('discord:7')).toEqual(cited(3, 5));
    expect(await conversations.citedInThread('slack:C1:7.0')).toEqual([]);
    await conversations.rememberCited('discord:7', []);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    await conversations.rememberCited('discord:7', cited(2));
    await conversations.linkThread('discord:7', a);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    // A thread never linked keeps nothing.
    await conversations.rememberCited('discord:8', cited(1));
    expect(await conversations.citedInThread('discord:8')).toEqual([]);
  });

  it('keeps the last three questions of a thread with what each cited; a row from before reads as one turn', async () => {
    const { articles, conversations } = ctx.store();
    const a = (await articles.add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const cited = (...ids: number[]) => ids.map((id) => ({ id, text: `Sentence ${id}.` }));
    await conversations.linkThread('discord:9', a);
    expect(await conversations.threadTurns('discord:9')).toEqual([]);
    // What a version before the thread kept its questions wrote: the last answer's sentences alone.
    await conversations.rememberCited('discord:9', cited(4));
    expect(await conversations.threadTurns('discord:9')).toEqual([{ question: '', cited: cited(4) }]);
    await conversations.rememberTurn('discord:9', { question: 'when did he resign?', cited: cited(1) });
    await conversations.rememberTurn('discord:9', { question: 'why did he resign?', cited: [] });
    await conversations.rememberTurn('discord:9', { question: 'who said that?', cited: cited(2, 3) });
    expect(await conversations.threadTurns('discord:9')).toEqual([
      { question: 'when did he resign?', cited: cited(1) },
      { question: 'why did he resign?', cited: [] },
      { question: 'who said that?', cited: cited(2, 3) },
    ]);
    // The last turn's sentences are the last answer's, for what reads only those.
    expect(await conversations.citedInThread('discord:9')).toEqual(cited(2, 3));
    // Linked again (a new brief in the thread): nothing of the old story's questions is kept.
    await conversations.linkThread('discord:9', a);
    expect(await conversations.threadTurns('discord:9')).toEqual([]);
    // A thread never linked keeps nothing.
    await conversations.rememberTurn('discord:10', { question: 'why?', cited: cited(1) });
    expect(await conversations.threadTurns('discord:10')).toEqual([]);
  });
}
