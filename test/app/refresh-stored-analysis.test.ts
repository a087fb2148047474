import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * The engine as an earlier version was: the same analysis under that version's key, with one
 * name it found that the current engine does not (what an engine change does to a story's names).
 */
function olderEngine(): AnalysisEngine {
  const current = createExtractiveEngine();
  const key = 'extractive@29+0000000000';
  return {
    ...current,
    key,
    async analyze(text, meta) {
      const { analysis } = await current.analyze(text, meta);
      const misread = { ...analysis.entities[0]!, name: 'Zebulon Oldname' };
      return {
        analysis: { ...analysis, entities: [misread, ...analysis.entities] },
        producedBy: 'extractive',
        cacheKey: key,
      };
    },
  };
}

describe.each(Object.keys(stores))('adding again a story an older engine stored, on %s', (name) => {
  it('redoes its analysis and search names once, and says so', async () => {
    const store = await stores[name]!();
    try {
      const text = readFileSync(FLYNN_SAMPLE, 'utf8');
      const before = createNewsbriefApp({ store, logger: silentLogger(), now, ingestEngine: olderEngine() });
      const first = await before.addArticle(text, 'U1');
      const id = first.articleIds[0]!;
      expect((await store.articles.search('Zebulon Oldname'))[0]?.id).toBe(id);
      // The same engine again: nothing to redo.
      expect((await before.addArticle(text, 'U1')).message).toMatch(new RegExp(`^Already stored as #${id}: `));

      const app = createNewsbriefApp({ store, logger: silentLogger(), now });
      const again = await app.addArticle(text, 'U2');
      expect(again.message).toMatch(new RegExp(`^Already stored as #${id} \\(analysis refreshed\\): “`));
      expect(again.stored).toMatchObject({ outcome: 'unchanged', refreshed: true });
      expect(await store.articles.search('Zebulon Oldname')).toEqual([]);
      const current = createExtractiveEngine().key;
      expect(await store.articles.analysisKeys(id)).toEqual(['extractive@29+0000000000', current].sort());
      expect((await store.articles.getAnalysis(id, current))!.entities.map((e) => e.name)).not.toContain(
        'Zebulon Oldname',
      );
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
