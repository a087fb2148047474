import { expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis-types';
import { contentHash } from '../../../src/store/content-hash';
import { analysisTitled, flynn } from '../store-samples';
import type { ContractContext } from './contract-context';

/** Analyses cached beside a story: per engine key, replaced, retitled, saved atomically and removed with it. */
export function storedAnalysisCases(ctx: ContractContext) {
  const articles = () => ctx.store().articles;
  const ids = async (hits: Promise<{ id: number }[]>) => (await hits).map((h) => h.id);

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
}
