import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../src/app/analysis-engine';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import { runCli } from '../../src/cli/run-cli';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { useTestDatabase } from '../support/shared-postgres';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-refresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();
const now = () => new Date('2026-03-02T09:00:00Z');

let opened = 0;
const stores: Record<string, () => Promise<AsyncStore>> = {
  SQLite: async () => openAsyncSqliteStore({ path: join(dir, `refresh-${++opened}.db`), now }),
  PostgreSQL: () => openPostgresStore({ url: database().url, schema: database().freshSchema(), now }),
};

const OLDER_KEY = 'extractive@29+0000000000';

/**
 * The engine as an earlier version was: the same analysis under that version's key, with one
 * name it found that the current engine does not and another headline (what an engine change
 * does to a story's names and title).
 */
function olderEngine(): AnalysisEngine {
  const current = createExtractiveEngine();
  return {
    ...current,
    key: OLDER_KEY,
    async analyze(text, meta) {
      const { analysis } = await current.analyze(text, meta);
      const misread = { ...analysis.entities[0]!, name: 'Zebulon Oldname' };
      return {
        analysis: { ...analysis, title: 'Quillfeather headline', entities: [misread, ...analysis.entities] },
        producedBy: 'extractive',
        cacheKey: OLDER_KEY,
      };
    },
  };
}

/** What search and the store hold for a story: is it all the current engine's? */
async function expectCurrent(store: AsyncStore, id: number) {
  const current = createExtractiveEngine().key;
  expect(await store.articles.search('Zebulon Oldname')).toEqual([]);
  expect(await store.articles.search('Quillfeather')).toEqual([]);
  const analysis = await store.articles.getAnalysis(id, current);
  expect(analysis!.entities.map((e) => e.name)).not.toContain('Zebulon Oldname');
  // Only the current version is kept.
  expect(await store.articles.analysisKeys(id)).toEqual([current]);
  expect(await store.articles.titleOf(id)).toBe(analysis!.title);
  // A name only the body gives is found through the current analysis's names.
  expect((await store.articles.search(analysis!.entities.at(-1)!.name))[0]?.id).toBe(id);
}

/** The Flynn story, stored by the older engine. */
async function storedByOlderEngine(store: AsyncStore) {
  const text = readFileSync(FLYNN_SAMPLE, 'utf8');
  const before = createNewsbriefApp({ store, logger: silentLogger(), now, ingestEngine: olderEngine() });
  const first = await before.addArticle(text, 'U1');
  return { text, before, id: first.articleIds[0]! };
}

describe.each(Object.keys(stores))('adding again a story an older engine stored, on %s', (name) => {
  it('redoes its analysis and search names once, and says so', async () => {
    const store = await stores[name]!();
    try {
      const { text, before, id } = await storedByOlderEngine(store);
      expect((await store.articles.search('Zebulon Oldname'))[0]?.id).toBe(id);
      expect(await store.articles.titleOf(id)).toBe('Quillfeather headline');
      // The same engine again: nothing to redo.
      expect((await before.addArticle(text, 'U1')).message).toMatch(new RegExp(`^Already stored as #${id}: `));

      const app = createNewsbriefApp({ store, logger: silentLogger(), now });
      const again = await app.addArticle(text, 'U2');
      expect(again.message).toMatch(new RegExp(`^Already stored as #${id} \\(analysis refreshed\\): “`));
      expect(again.stored).toMatchObject({ outcome: 'unchanged', refreshed: true });
      expect(again.stored?.title).not.toBe('Quillfeather headline');
      await expectCurrent(store, id);
      expect(await store.articles.count()).toBe(1);

      // Refreshed once: the next duplicate is only recognised.
      const third = await app.ingest({ source: 'feed', title: 'Flynn', text });
      expect(third).toMatchObject({ outcome: 'unchanged', article: { id } });
      expect(third.refreshed).toBeUndefined();

      // A story with no analysis of this engine's at all (imported bare) is only recognised.
      const bare = await store.articles.add({
        source: 'import',
        title: 'Ferry',
        text: `Ferry\n\n${'The ferry sails at noon. '.repeat(12)}`,
      });
      const fourth = await app.ingest({ source: 'feed', title: 'Ferry', text: bare.article.text });
      expect(fourth).toMatchObject({ outcome: 'unchanged', article: { id: bare.article.id } });
      expect(fourth.refreshed).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe.each(Object.keys(stores))('briefing a story an older engine stored, on %s', (name) => {
  it('stores the current analysis with its names and title, so adding it again has nothing to redo', async () => {
    const store = await stores[name]!();
    try {
      const { text, id } = await storedByOlderEngine(store);
      const app = createNewsbriefApp({ store, logger: silentLogger(), now });
      const brief = await app.briefStory(`#${id}`);
      expect(brief.kind).toBe('found');
      await expectCurrent(store, id);
      // The brief is headed by the new title, as the list now shows it.
      if (brief.kind === 'found') expect(brief.article.title).toBe(await store.articles.titleOf(id));
      const again = await app.addArticle(text, 'U2');
      expect(again.message).toMatch(new RegExp(`^Already stored as #${id}: “`));
      expect(again.stored?.refreshed).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

it('adding again a story a brief by an earlier version left with both analyses refreshes its names', async () => {
  // Before older analyses were removed, a brief after an upgrade cached the current analysis
  // beside the older one and left the older names: such a story is still brought up to date.
  const path = join(dir, 'both-keys.db');
  const store = openAsyncSqliteStore({ path, now });
  try {
    const { text, id } = await storedByOlderEngine(store);
    const current = await createExtractiveEngine().analyze(text);
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO article_analyses (article_id, engine_key, analysis_json, saved_at) VALUES (?, ?, ?, ?)')
      .run(id, current.cacheKey, JSON.stringify(current.analysis), now().toISOString());
    raw.close();
    expect((await store.articles.analysisKeys(id)).length).toBe(2);

    const app = createNewsbriefApp({ store, logger: silentLogger(), now });
    const again = await app.addArticle(text, 'U2');
    expect(again.stored).toMatchObject({ outcome: 'unchanged', refreshed: true });
    await expectCurrent(store, id);
  } finally {
    await store.close();
  }
});

it('newsbrief ingest lists a refreshed story as already stored, analysis refreshed', async () => {
  const db = join(dir, 'cli.db');
  const file = join(dir, 'flynn.txt');
  writeFileSync(file, readFileSync(FLYNN_SAMPLE, 'utf8'));
  const store = await openAsyncSqliteStore({ path: db, now });
  try {
    const before = createNewsbriefApp({ store, logger: silentLogger(), now, ingestEngine: olderEngine() });
    await before.ingest({ source: file, title: 'Flynn', text: readFileSync(file, 'utf8') });
  } finally {
    await store.close();
  }
  const env = { NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'silent' };
  const io = captureIo(env);
  expect(await runCli(['ingest', file], io)).toBe(0);
  expect(io.out()).toMatch(/^already #1 \(analysis refreshed\) .*flynn\.txt\)\n0 added or updated, 1 already stored/);
  const again = captureIo(env);
  expect(await runCli(['ingest', file], again)).toBe(0);
  expect(again.out()).toMatch(/^already #1 [^(]/);
});
