import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { analyzeArticle } from '../../src/core/analyze-article';
import { createArticleFetcher } from '../../src/ingest/fetch-article';
import { FetchError } from '../../src/ingest/fetch-error';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { type LocalServer, type Route, startLocalServer } from './local-http-server';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'council-budget.html'), 'utf8');
const STORY_PATH = '/news/2026/03/council-road-budget-vote';
const html =
  (body: string): Route =>
  (_q, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

let server: LocalServer | undefined;
let store: AsyncStore | undefined;
afterEach(async () => {
  await server?.close();
  store?.close();
  server = undefined;
  store = undefined;
});

const fetcher = () => createArticleFetcher({ fetchOptions: { allowPrivate: true }, logger: silentLogger() });

describe('article fetcher', () => {
  it('extracts a realistic news page: clean title, byline, date, canonical URL and body', async () => {
    server = await startLocalServer({ [STORY_PATH]: html(fixture) });
    const article = await fetcher()(`${server.origin}${STORY_PATH}?utm_source=twitter&utm_medium=social#comments`);
    expect(article.title).toBe('Council approves £42m road repair budget after late-night vote');
    expect(article.byline).toBe('Maria Lopez');
    expect(article.publishedAt).toBe('2026-03-14T21:40:00.000Z');
    // The page's own canonical link (relative, same site), not the tracking URL we were given.
    expect(article.url).toBe(`${server.origin}${STORY_PATH}`);
    expect(article.siteName).toBe('Metro Herald');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe(article.title);
    expect(paragraphs[1]).toMatch(/^The city council approved a £42 million road repair budget/);
    expect(paragraphs.at(-1)).toBe(
      'The first roads to be repaired will be announced at the end of March, the council said.',
    );
    expect(paragraphs).toHaveLength(9);
    for (const furniture of [
      'Skip to content',
      'Sport',
      'Weather',
      'cookies',
      'Sam Whitfield',
      'Tom Reyes',
      '©',
      'Share on',
      'Related stories',
      'Pothole complaints',
      'Read more',
      'Sign up',
      'Most read',
      'Man rescued',
      'Comments',
      'This council is a joke',
      'All rights reserved',
      'Local Government Reporter',
      'Photo:',
    ]) {
      expect(article.text, furniture).not.toContain(furniture);
    }
  });

  it('briefs the fetched article: quotes with their speakers, grounded summary', async () => {
    server = await startLocalServer({ [STORY_PATH]: html(fixture) });
    const article = await fetcher()(`${server.origin}${STORY_PATH}`);
    const analysis = analyzeArticle(article.text, { title: article.title, url: article.url });
    expect(analysis.title).toBe(article.title);
    const quote = (words: string) => analysis.quotes.find((q) => q.text.includes(words));
    expect(quote('patching roads')?.speaker).toMatch(/Daniel Okafor$/);
    expect(quote('poorest residents')?.speaker).toMatch(/Priya Raman$/);
    expect(quote('Nobody in that chamber')?.speaker).toMatch(/Priya Raman$/);
    expect(analysis.summary.length).toBeGreaterThanOrEqual(2);
    expect(analysis.summary[0]?.text).toContain('£42 million road repair budget');
    expect(analysis.sentences.some((s) => /Whitfield|Most read|Sign up/.test(s.text))).toBe(false);
  });

  it('says "no article found" for an index page and names non-HTML content', async () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the council</a></li>`,
    ).join('');
    server = await startLocalServer({
      '/news': html(
        `<html><head><title>News | Metro Herald</title></head><body><nav><a href="/">Home</a></nav><h1>Latest news</h1><ul>${links}</ul></body></html>`,
      ),
      '/feed.json': (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    });
    const fetchArticle = fetcher();
    const none = await fetchArticle(`${server.origin}/news`).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(FetchError);
    expect((none as FetchError).code).toBe('no_article');
    expect((none as FetchError).message).toMatch(/^No article found at /);
    const json = await fetchArticle(`${server.origin}/feed.json`).catch((e: unknown) => e);
    expect((json as FetchError).message).toBe('The link returned application/json, not a web page (HTML).');
  });

  it("ignores a canonical URL on another site (a page cannot overwrite another site's story)", async () => {
    const hostile = fixture.replace(
      '<link rel="canonical" href="/news/2026/03/council-road-budget-vote">',
      '<link rel="canonical" href="https://victim.example/story">',
    );
    server = await startLocalServer({ '/copy': html(hostile) });
    const article = await fetcher()(`${server.origin}/copy?utm_campaign=x`);
    expect(article.url).toBe(`${server.origin}/copy`);
  });
});

describe('/brief add <url> through the app', () => {
  it('stores once, and an updated page at the same URL keeps the id', async () => {
    let body = fixture;
    server = await startLocalServer({
      [STORY_PATH]: (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body),
    });
    store = openAsyncSqliteStore({ path: ':memory:' });
    const app = createNewsbriefApp({ store, logger: silentLogger(), fetchArticle: fetcher() });
    const first = await app.addArticle(`${server.origin}${STORY_PATH}`, 'U1');
    expect(first.ok).toBe(true);
    expect(first.message).toMatch(/^Added: “Council approves £42m road repair budget/);
    const again = await app.addArticle(`<${server.origin}${STORY_PATH}?utm_source=slack|the story>`, 'U2');
    expect(again.message).toMatch(/^Already stored/);
    body = fixture.replace(
      'The first roads to be repaired will be announced at the end of March',
      'The first twelve roads to be repaired were named on Friday',
    );
    const updated = await app.addArticle(`${server.origin}${STORY_PATH}`, 'U1');
    expect(updated.message).toMatch(/^Updated/);
    expect(updated.articleIds).toEqual(first.articleIds);
    expect(await store.articles.count()).toBe(1);
    expect((await store.articles.get(first.articleIds[0]!))?.text).toContain('first twelve roads');
    const brief = await app.briefStory('road repair budget');
    expect(brief.kind).toBe('found');
    if (brief.kind === 'found') expect(brief.analysis.quotes.some((q) => /Okafor/.test(q.speaker ?? ''))).toBe(true);
  });

  it('tells the user why a link was refused', async () => {
    store = openAsyncSqliteStore({ path: ':memory:' });
    const fetchArticle = createArticleFetcher({
      fetchOptions: { resolveHost: async () => [{ address: '10.0.0.5', family: 4 }] },
      logger: silentLogger(),
    });
    const app = createNewsbriefApp({ store, logger: silentLogger(), fetchArticle });
    const outcome = await app.addArticle('https://intranet.news.example/secret', 'U1');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('resolves to 10.0.0.5, a private network address');
    expect(await store.articles.count()).toBe(0);
  });

  it('fetches the one link in a few typed words and says the words are not stored', async () => {
    // Another story, at its own address.
    const second = fixture.replace(/£42/g, '£43').replace(`href="${STORY_PATH}"`, 'href="/second"');
    server = await startLocalServer({ [STORY_PATH]: html(fixture), '/second': html(second) });
    store = openAsyncSqliteStore({ path: ':memory:' });
    const app = createNewsbriefApp({ store, logger: silentLogger(), fetchArticle: fetcher() });

    const headline = await app.addArticle(`BREAKING: Council passes road budget ${server.origin}${STORY_PATH}`, 'U1');
    expect(headline.ok).toBe(true);
    expect(headline.message).toMatch(
      /^Added from the link \(only its page is stored, not the words beside it\): “Council approves £42m road repair budget/,
    );
    // A note of a dozen words, the link in brackets as prose writes it.
    const note = await app.addArticle(
      `Worth a read for the transport desk tonight, the council finally voted on the roads (${server.origin}/second).`,
      'U1',
    );
    expect(note.message).toMatch(/^Added from the link .*: “Council approves £43m road repair budget/);
    // Slack's form, with a label: the same page again.
    const slack = await app.addArticle(`Roads vote <${server.origin}${STORY_PATH}|the story>`, 'U2');
    expect(slack.message).toMatch(new RegExp(`^Already stored as #${headline.articleIds[0]}: `));
    expect(await store.articles.count()).toBe(2);
    expect(server.requests.map((r) => r.path)).toEqual([STORY_PATH, '/second', STORY_PATH]);
  });

  it('gives the typed words back when the link cannot be fetched, and stores nothing', async () => {
    server = await startLocalServer({});
    store = openAsyncSqliteStore({ path: ':memory:' });
    const app = createNewsbriefApp({ store, logger: silentLogger(), fetchArticle: fetcher() });
    const outcome = await app.addArticle(`BREAKING: Mayor Jane Okafor resigns ${server.origin}/gone`, 'U1');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(new RegExp(`^Could not add ${server.origin}/gone: `));
    expect(outcome.message).toMatch(
      /Nothing was stored; you wrote with the link: “BREAKING: Mayor Jane Okafor resigns”$/,
    );
    expect(await store.articles.count()).toBe(0);
  });

  it('stores pasted copy that carries a link as the text it is, without fetching', async () => {
    server = await startLocalServer({ [STORY_PATH]: html(fixture) });
    store = openAsyncSqliteStore({ path: ':memory:' });
    const app = createNewsbriefApp({ store, logger: silentLogger(), fetchArticle: fetcher() });
    const copy = [
      'Harbour ferry contract signed',
      '',
      'The council signed a ten-year contract for the harbour ferry on Monday, ending months of debate.',
      'The operator, Bay Lines, will run boats every twenty minutes from April, the council said in a statement.',
      `The full contract is published at ${server.origin}${STORY_PATH}.`,
    ].join('\n');
    const outcome = await app.addArticle(copy, 'U1');
    expect(outcome.message).toMatch(/^Added: “Harbour ferry contract signed” /);
    expect(server.requests).toEqual([]);
  });
});
