import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import type { WhoIsWho } from '../../src/core/who-is-who';
import { openPostgresPool } from '../../src/store/postgres/open-postgres-store';
import { createPostgresArticleRepository } from '../../src/store/postgres/postgres-article-repository';
import { type PgDb, poolDb } from '../../src/store/postgres/postgres-database';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { createSqliteArticleRepository } from '../../src/store/sqlite/sqlite-article-repository';
import { useTestDatabase } from '../support/shared-postgres';
import { analysisTitled } from './store-samples';

// B-cold33-2: who is who was stored beside its analysis by comparing the analysis's whole JSON text in SQL, a
// megabyte on a long story at every first brief. It is matched by the analysis's hash (articles-010) now, and
// still only beside the analysis it was made from. Written copy: a made-up analysis padded to 200 KB.
const WHO: WhoIsWho = { people: [{ name: 'Ada Brennan', role: 'harbour master' }], organizations: [] };
const STORY = { source: 'harbour.txt', title: 'Harbour fees rise', text: 'The harbour board raised its fees.' };
const KEY = 'extractive@1';

/** An analysis whose JSON is about 200 KB: one long sentence. */
function longAnalysis(title: string): Analysis {
  const base = analysisTitled(title);
  const text = 'The harbour board met again on Tuesday. '.repeat(5_000);
  return { ...base, sentences: [{ ...base.sentences[0]!, text, end: text.length }] };
}

/** The store's calls as one interface, whichever store it is. */
interface Articles {
  add(): Promise<number>;
  save(id: number, analysis: Analysis): Promise<void>;
  read(id: number): Promise<Analysis>;
  saveWho(id: number, madeFrom: Analysis): Promise<void>;
  who(id: number): Promise<WhoIsWho | undefined>;
  /** The row as a store written before articles-010 (or an import) leaves it: no hash. */
  forgetHash(id: number): Promise<void>;
  /** A save by a newsbrief of the previous release, which writes the analysis and leaves the hash as it was. */
  saveAsBefore(id: number, analysis: Analysis): Promise<void>;
  /** The longest parameter of each statement that stored who is who. */
  whoParams: number[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqliteArticles(): Articles {
  const db = new Database(':memory:');
  applyMigrations(db, sqliteMigrations);
  cleanups.push(() => {
    db.close();
  });
  const whoParams: number[] = [];
  // The repository's statements, with the one that stores who is who watched.
  const watched = new Proxy(db, {
    get(target, name) {
      if (name !== 'prepare') return Reflect.get(target, name, target);
      return (sql: string) => {
        const statement = target.prepare(sql);
        if (!/^UPDATE article_analyses SET who_is_who/.test(sql)) return statement;
        return new Proxy(statement, {
          get(inner, key) {
            if (key !== 'run') return Reflect.get(inner, key, inner);
            return (...params: unknown[]) => {
              whoParams.push(Math.max(...params.map((p) => String(p ?? '').length)));
              return inner.run(...params);
            };
          },
        });
      };
    },
  });
  const articles = createSqliteArticleRepository(watched);
  return {
    add: async () => articles.add(STORY).article.id,
    save: async (id, analysis) => articles.saveAnalysis(id, KEY, analysis),
    read: async (id) => articles.getAnalysis(id, KEY)!,
    saveWho: async (id, madeFrom) => articles.saveWhoIsWho(id, KEY, madeFrom, WHO),
    who: async (id) => articles.getWhoIsWho(id, KEY),
    forgetHash: async () => {
      db.prepare('UPDATE article_analyses SET analysis_hash = NULL').run();
    },
    saveAsBefore: async (id, analysis) => {
      db.prepare('UPDATE article_analyses SET analysis_json = ?, who_is_who = NULL WHERE article_id = ?').run(
        JSON.stringify(analysis),
        id,
      );
    },
    whoParams,
  };
}

const database = useTestDatabase();

async function postgresArticles(): Promise<Articles> {
  const { url } = database();
  const { pool } = await openPostgresPool({ url, schema: database().freshSchema() });
  cleanups.push(() => pool.end());
  const db = poolDb(pool, { retryForMs: 0 });
  const whoParams: number[] = [];
  const watched: PgDb = {
    inTransaction: db.inTransaction,
    query(sql, params, options) {
      if (/^UPDATE article_analyses SET who_is_who/.test(sql))
        whoParams.push(Math.max(...(params ?? []).map((p) => String(p ?? '').length)));
      return db.query(sql, params, options);
    },
    tx: (work) => db.tx(work),
  };
  const articles = createPostgresArticleRepository(watched);
  return {
    add: async () => (await articles.add(STORY)).article.id,
    save: (id, analysis) => articles.saveAnalysis(id, KEY, analysis),
    read: async (id) => (await articles.getAnalysis(id, KEY))!,
    saveWho: (id, madeFrom) => articles.saveWhoIsWho(id, KEY, madeFrom, WHO),
    who: (id) => articles.getWhoIsWho(id, KEY),
    forgetHash: async () => {
      await db.query('UPDATE article_analyses SET analysis_hash = NULL');
    },
    saveAsBefore: async (id, analysis) => {
      await db.query('UPDATE article_analyses SET analysis_json = $1, who_is_who = NULL WHERE article_id = $2', [
        JSON.stringify(analysis),
        id,
      ]);
    },
    whoParams,
  };
}

describe.each([
  ['SQLite', async () => sqliteArticles()],
  ['PostgreSQL', postgresArticles],
])('%s: who is who beside its analysis', (_name, open) => {
  it('is stored by the analysis read back, with no statement carrying the analysis', async () => {
    const articles = await open();
    const id = await articles.add();
    await articles.save(id, longAnalysis('A'));
    // Read back as a brief reads it (on PostgreSQL, jsonb gives its keys in another order).
    await articles.saveWho(id, await articles.read(id));
    expect(await articles.who(id)).toEqual(WHO);
    expect(articles.whoParams).toHaveLength(1);
    expect(articles.whoParams[0]).toBeLessThan(1_000);
  });

  it('controls (as on main): not stored when the analysis was replaced after it was read, stored once it is back', async () => {
    const articles = await open();
    const id = await articles.add();
    await articles.save(id, longAnalysis('A'));
    const read = await articles.read(id);
    await articles.save(id, longAnalysis('B'));
    await articles.saveWho(id, read);
    expect(await articles.who(id)).toBeUndefined();
    // Saved again with what was read: the same analysis, so who is who made from it belongs beside it.
    await articles.save(id, longAnalysis('A'));
    await articles.saveWho(id, read);
    expect(await articles.who(id)).toEqual(WHO);
    // An analysis made and never read from the store matches by what it holds.
    await articles.save(id, analysisTitled('C'));
    await articles.saveWho(id, analysisTitled('C'));
    expect(await articles.who(id)).toEqual(WHO);
  });

  it('matches a row with no hash (written before articles-010, or imported) by its text, exactly', async () => {
    const articles = await open();
    const id = await articles.add();
    await articles.save(id, analysisTitled('A'));
    await articles.forgetHash(id);
    const read = await articles.read(id);
    await articles.saveWho(id, analysisTitled('B'));
    expect(await articles.who(id)).toBeUndefined();
    await articles.saveWho(id, read);
    expect(await articles.who(id)).toEqual(WHO);
    // Replaced after it was read: the new row has a hash, and the old analysis is not it.
    await articles.save(id, analysisTitled('B'));
    await articles.forgetHash(id);
    await articles.saveWho(id, read);
    expect(await articles.who(id)).toBeUndefined();
  });

  it('is not stored beside an analysis a newsbrief of the previous release saved after it was read', async () => {
    const articles = await open();
    const id = await articles.add();
    await articles.save(id, analysisTitled('A'));
    const read = await articles.read(id);
    await articles.saveAsBefore(id, analysisTitled('B'));
    await articles.saveWho(id, read);
    expect(await articles.who(id)).toBeUndefined();
    // The analysis that is there now, read, is stored beside.
    await articles.saveWho(id, await articles.read(id));
    expect(await articles.who(id)).toEqual(WHO);
  });
});
