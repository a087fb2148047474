import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../support/fake-openai-server';
import { useTestDatabase } from '../support/shared-postgres';
import { fakeModelEngine, goodFlynnResponse, memoryLogger } from './llm-test-kit';

// A model call still answering when its story is deleted must not write the story's words back
// into the model-result cache (`delete` promises they go with it). The real openai SDK against
// the fake server, which holds its answer until the story is gone.
const flynn = readFileSync(join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt'), 'utf8');
const answer = { content: JSON.stringify(goodFlynnResponse(analyzeArticle(flynn))) };
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-model-after-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

interface Opened {
  store: AsyncStore;
  /** Rows of llm_cache, read by a connection of its own. */
  cachedRows(): Promise<number>;
}

const stores: Record<string, () => Promise<Opened>> = {
  SQLite: async () => {
    const path = join(dir, 'store.db');
    return {
      store: openAsyncSqliteStore({ path }),
      async cachedRows() {
        const db = new Database(path, { readonly: true });
        try {
          return (db.prepare('SELECT count(*) AS n FROM llm_cache').get() as { n: number }).n;
        } finally {
          db.close();
        }
      },
    };
  },
  PostgreSQL: async () => {
    const { url, freshSchema } = database();
    const schema = freshSchema();
    return {
      store: await openPostgresStore({ url, schema }),
      async cachedRows() {
        const client = new pg.Client(url);
        await client.connect();
        try {
          return Number((await client.query(`SELECT count(*) AS n FROM ${schema}.llm_cache`)).rows[0].n);
        } finally {
          await client.end();
        }
      },
    };
  },
};

async function callsReach(server: FakeOpenAiServer, n: number): Promise<void> {
  while (server.calls.length < n) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe.each(Object.keys(stores))('a model analysis finishing after its story was deleted, on %s', (name) => {
  it('is not cached: the story’s words do not come back, and a story stored again is asked anew', async () => {
    const server = await startFakeOpenAiServer();
    const { store, cachedRows } = await stores[name]!();
    try {
      const engine = () => fakeModelEngine({ server, store, logger: memoryLogger().logger });
      const { article } = await store.articles.add({ source: 'wire', title: 'Flynn', text: flynn });
      let answerNow!: () => void;
      server.script({ ...answer, after: new Promise<void>((resolve) => (answerNow = resolve)) });
      const pending = engine().analyze(flynn);
      await callsReach(server, 1);
      // `delete 1` while the model is still answering.
      expect(await store.articles.remove(article.id)).toMatchObject({ id: article.id });
      answerNow();
      expect((await pending).producedBy).toBe('model fake-model, quotes, speakers and summary checked');
      expect(await cachedRows()).toBe(0);

      // Stored again, the story is sent to the model again (an old result would have been served),
      // and this time, the story being there, its result is kept and served from then on.
      await store.articles.add({ source: 'wire', title: 'Flynn', text: flynn });
      server.script(answer);
      await engine().analyze(flynn);
      expect(server.calls).toHaveLength(2);
      expect(await cachedRows()).toBe(1);
      await engine().analyze(flynn);
      expect(server.calls).toHaveLength(2);
    } finally {
      await store.close();
      await server.close();
    }
  }, 60_000);
});

describe('a model result written while its story is being deleted, on PostgreSQL', () => {
  it('the deletion waits for the write and then removes the result with the story', async () => {
    const { url, freshSchema } = database();
    const schema = freshSchema();
    const writer = await openPostgresStore({ url, schema });
    const deleter = await openPostgresStore({ url, schema });
    try {
      const { article } = await writer.articles.add({ source: 'wire', title: 'Flynn', text: flynn });
      const key = { articleHash: article.contentHash, model: 'fake-model', promptVersion: 'p' };
      const entry = { analysis: analyzeArticle(flynn), producedBy: 'model', droppedCount: 0 };
      let commit!: () => void;
      const held = new Promise<void>((resolve) => (commit = resolve));
      let written!: () => void;
      const writtenYet = new Promise<void>((resolve) => (written = resolve));
      // The cache write has checked the story and written, and has not committed yet.
      const writing = writer.transaction(async (tx) => {
        await tx.llmCache.put(key, { ...entry, createdAt: new Date(0).toISOString() });
        written();
        await held;
      });
      await writtenYet;
      let removed = false;
      const removing = deleter.articles.remove(article.id).finally(() => (removed = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(removed).toBe(false);
      commit();
      await writing;
      expect(await removing).toMatchObject({ id: article.id });
      expect(await deleter.llmCache.get(key)).toBeUndefined();
    } finally {
      await Promise.all([writer.close(), deleter.close()]);
    }
  }, 30_000);
});
