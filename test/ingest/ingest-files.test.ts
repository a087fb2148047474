import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../src/app/analysis-engine';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { Analysis, ArticleMeta } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { type IngestFileResult, ingestFiles } from '../../src/ingest/ingest-files';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { parseInUtc } from '../support/parse-in-utc';

const FLYNN = readFileSync(join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt'), 'utf8');
const MB = 1024 * 1024;
/** Articles need 200 characters (the one rule for chat and files): short fixtures get this body. */
const BODY =
  'Officials gave the figures at a briefing on Monday afternoon. Residents who attended asked about the ' +
  'timetable, the cost to the council and what would happen to the staff now working on the old scheme.';

let dir: string;
let store: AsyncStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ingest-'));
  store = openAsyncSqliteStore({ path: join(dir, 'db', 'store.db') });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** app.ingest over the test store: the one way files are stored. */
function ingestThrough(
  analyze?: (
    text: string,
    meta: ArticleMeta,
  ) => Promise<{ analysis: Analysis; cacheKey?: string }> | { analysis: Analysis; cacheKey?: string },
) {
  const ingestEngine: AnalysisEngine | undefined = analyze && {
    key: 'extractive@test',
    label: 'test',
    analyze: async (text, meta) => ({ ...(await analyze(text, meta ?? { source: '' })), producedBy: 'test' }),
    answer: async () => ({ answer: null, sentenceIds: [], reason: '' }) as never,
  };
  return createNewsbriefApp({ store, logger: silentLogger(), ...(ingestEngine ? { ingestEngine } : {}) }).ingest;
}

const byName = (results: IngestFileResult[], name: string) => results.find((r) => r.path.endsWith(name));

describe('ingestFiles', () => {
  it('stores .txt, .md and .html articles from a folder, recursively', async () => {
    write('in/flynn.txt', FLYNN);
    write(
      'in/sub/notes.md',
      `# Council approves budget\n\nThe council approved the budget on Monday, officials said. ${BODY}\n`,
    );
    write(
      'in/sub/page.html',
      '<html><head><title>Dam opens - Site</title><meta name="author" content="A. Writer"></head><body><nav><p>Home</p></nav>' +
        `<article><h1>Dam opens</h1><p>The new dam opened on Tuesday.</p><p>"It is a great day," the mayor said.</p><p>${BODY}</p></article></body></html>`,
    );
    write('in/.hidden.txt', 'hidden');
    const progress: number[] = [];
    const { results, counts } = await ingestFiles({
      parse: parseInUtc,
      paths: [join(dir, 'in')],
      ingest: ingestThrough(),
      maxBytes: MB,
      onProgress: (p) => progress.push(p.done),
    });
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(counts).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(progress).toEqual([1, 2, 3]);
    expect(byName(results, 'notes.md')?.title).toBe('Council approves budget');
    const page = (await store.articles.get(byName(results, 'page.html')!.articleId!))!;
    expect(page).toMatchObject({ title: 'Dam opens', byline: 'A. Writer' });
    expect(page.text).toBe(
      `Dam opens\n\nThe new dam opened on Tuesday.\n\n"It is a great day," the mayor said.\n\n${BODY}`,
    );
    expect((await store.articles.search('flynn'))[0]?.id).toBe(byName(results, 'flynn.txt')!.articleId);
    expect(await store.articles.search('hidden')).toEqual([]);
  });

  it('never duplicates on re-ingest', async () => {
    const path = write('news/a.txt', FLYNN);
    const first = await ingestFiles({ parse: parseInUtc, paths: [path], ingest: ingestThrough(), maxBytes: MB });
    const again = await ingestFiles({
      parse: parseInUtc,
      paths: [path, join(dir, 'news'), join(dir, 'news', '..', 'news', 'a.txt')],
      ingest: ingestThrough(),
      maxBytes: MB,
    });
    expect(again.results).toHaveLength(1);
    expect(again.results[0]).toMatchObject({ ok: true, outcome: 'unchanged', articleId: first.results[0]!.articleId });
    expect(await store.articles.count()).toBe(1);
  });

  it('gives each bad file a clear error and still stores the good ones', async () => {
    const good = write(
      'batch/good.txt',
      `Harbour reopens\n\nThe harbour reopened after repairs, the port authority said. ${BODY}\n`,
    );
    write('batch/empty.txt', '');
    write('batch/blank.md', ' \n\t\n');
    write('batch/binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    write('batch/latin1.txt', Buffer.from('Caf\xe9 owner speaks\n\nThe caf\xe9 reopened.', 'latin1'));
    write('batch/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]));
    write('batch/big.txt', 'x'.repeat(2048));
    write('batch/image.png', 'not really a png');
    write('batch/stub.txt', 'Headline only\n\nOne line.');
    write('batch/tiny.html', '<p>hi</p>');
    write('batch/empty-page.html', '<html><body><nav>Menu</nav></body></html>');
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'batch', 'dangling.txt'));
    symlinkSync('loop.txt', join(dir, 'batch', 'loop.txt'));
    const missing = join(dir, 'missing.txt');
    const emptyDir = join(dir, 'nothing-here');
    mkdirSync(emptyDir);
    write('nothing-here/readme.pdf', 'pdf');

    const { results, counts } = await ingestFiles({
      parse: parseInUtc,
      paths: [join(dir, 'batch'), missing, emptyDir],
      ingest: ingestThrough(),
      maxBytes: 1024,
    });
    const error = (name: string) => byName(results, name)?.error;
    expect(byName(results, 'good.txt')).toMatchObject({ ok: true, outcome: 'created', title: 'Harbour reopens' });
    expect(error('empty.txt')).toBe('empty file');
    expect(error('blank.md')).toMatch(/empty file \(only whitespace\)/);
    expect(error('binary.txt')).toMatch(/binary file \(NUL byte at offset 2\)/);
    expect(error('latin1.txt')).toMatch(/not valid UTF-8 \(first bad byte at offset 3.*save the file as UTF-8/);
    expect(error('utf16.txt')).toMatch(/UTF-16/);
    expect(error('big.txt')).toBe('too large: 2 KB is over the 1 KB limit (NEWSBRIEF_MAX_FILE_MB)');
    expect(byName(results, 'image.png')).toMatchObject({
      ok: false,
      skipped: true,
      error: expect.stringMatching(/^\.png is not an article type/),
    });
    expect(error('stub.txt')).toMatch(
      /too short to be an article: that is \d+ characters; an article needs at least 200/,
    );
    expect(error('tiny.html')).toMatch(/too short to be an article/);
    expect(error('empty-page.html')).toMatch(/no article text/);
    expect(error('dangling.txt')).toMatch(/not found \(no such file, or a broken symbolic link\)/);
    expect(error('loop.txt')).toBe('unreadable: too many symbolic links');
    expect(error('missing.txt')).toMatch(/not found/);
    expect(byName(results, 'nothing-here')?.error).toMatch(/folder contains no articles/);
    expect(byName(results, 'readme.pdf')?.skipped).toBe(true);
    expect(counts).toMatchObject({ created: 1, failed: 13, skipped: 2 });
    expect(results.filter((r) => !r.ok).every((r) => r.error && !r.articleId)).toBe(true);

    expect(await store.articles.count()).toBe(1);
    expect((await store.articles.search('harbour'))[0]?.id).toBe(byName(results, 'good.txt')!.articleId);
    expect(await store.articles.search('cafe')).toEqual([]);
    expect(readFileSync(good, 'utf8')).toContain('Harbour');
    store.close();
    const db = new Database(join(dir, 'db', 'store.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    store = openAsyncSqliteStore({ path: join(dir, 'db', 'store.db') });
    expect(await store.articles.count()).toBe(1);
  });

  it('reads a saved page in the charset it declares; undeclared or plain text stays strict UTF-8', async () => {
    const page = (meta: string) =>
      Buffer.from(
        `<html><head>${meta}<title>Caf\xe9 reopens</title></head><body><article><h1>Caf\xe9 reopens</h1>` +
          `<p>\x93We are back,\x94 said the owner of the caf\xe9. ${BODY}</p></article></body></html>`,
        'latin1',
      );
    write('pages/meta.html', page('<meta charset="windows-1252">'));
    write('pages/http-equiv.htm', page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'));
    write('pages/undeclared.html', page(''));
    write('pages/declared.txt', page('<meta charset="windows-1252">'));
    const { results } = await ingestFiles({
      parse: parseInUtc,
      paths: [join(dir, 'pages')],
      ingest: ingestThrough(),
      maxBytes: MB,
    });
    for (const name of ['meta.html', 'http-equiv.htm']) {
      const stored = await store.articles.get(byName(results, name)!.articleId!);
      expect(stored?.title).toBe('Café reopens');
      // Windows-1252's curly quotes, which ISO-8859-1 lacks: browsers read that label as 1252 too.
      expect(stored?.text).toContain('\u201cWe are back,\u201d said the owner of the café.');
    }
    expect(byName(results, 'undeclared.html')?.error).toMatch(/not valid UTF-8 .*save the file as UTF-8/);
    expect(byName(results, 'declared.txt')?.error).toMatch(/not valid UTF-8 .*save the file as UTF-8/);
  });

  it('checks the size before reading, so a huge file costs nothing', async () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    // A sparse 30 MB file: reading it would allocate 30 MB; stat refuses it first.
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 30 * MB);
    const { results } = await ingestFiles({
      parse: parseInUtc,
      paths: [huge],
      ingest: ingestThrough(),
      maxBytes: 20 * MB,
    });
    expect(results[0]?.error).toBe('too large: 30 MB is over the 20 MB limit (NEWSBRIEF_MAX_FILE_MB)');
  });

  it('stores the analysis, its clean title and entity names with the article when given an analyzer', async () => {
    const path = write('flynn.txt', FLYNN);
    const seen: unknown[] = [];
    const { results } = await ingestFiles({
      parse: parseInUtc,
      paths: [path],
      maxBytes: MB,
      ingest: ingestThrough(async (text, meta) => {
        seen.push(meta);
        return { analysis: analyzeArticle(text, meta), cacheKey: 'extractive@test' };
      }),
    });
    const id = results[0]!.articleId!;
    expect(seen).toEqual([{ source: path }]);
    expect(results[0]!.title).toMatch(/^US Senate Intel Committee Rejects Flynn/);
    expect(results[0]!.title).not.toMatch(/©|AP Photo|Kaster/);
    expect((await store.articles.get(id))?.title).toBe(results[0]!.title);
    expect((await store.articles.getAnalysis(id, 'extractive@test'))?.title).toBe(results[0]!.title);
    const names = (await store.articles.getAnalysis(id, 'extractive@test'))!.entities.map((e) => e.name);
    expect(names).toContain('Robert Kelner');
    expect((await store.articles.search('Robert Kelner'))[0]?.id).toBe(id);
  });

  it('leaves nothing behind when analysis fails, and goes on with the next file', async () => {
    write('run/a-bad.txt', `Poison pill\n\nThis one makes the analyzer throw. ${BODY}`);
    write('run/b-good.txt', `Bridge reopens\n\nThe bridge reopened on Friday. ${BODY}`);
    const { results } = await ingestFiles({
      parse: parseInUtc,
      paths: [join(dir, 'run')],
      maxBytes: MB,
      ingest: ingestThrough((text) => {
        if (text.includes('Poison')) throw new Error('analyzer exploded');
        return { analysis: analyzeArticle(text) };
      }),
    });
    expect(results.map((r) => [r.ok, r.error])).toEqual([
      [false, 'could not analyse or store: analyzer exploded'],
      [true, undefined],
    ]);
    expect(await store.articles.count()).toBe(1);
    expect(await store.articles.search('poison')).toEqual([]);
  });
});
