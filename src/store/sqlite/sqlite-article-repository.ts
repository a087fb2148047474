import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis-types';
import type { AddArticleResult, ArticleDerived, ArticleHit, ArticleRepository, NewArticle, StoredArticle } from '../article-repository';
import { contentHash } from '../content-hash';
import { buildFtsQuery, searchTerms, trigramsOf } from '../search-terms';
import { articleMigrations } from './article-migrations';

export { articleMigrations };

export interface SqliteArticleRepositoryOptions {
  now?: () => Date;
}

interface ArticleRow {
  id: number;
  source: string;
  url: string | null;
  title: string;
  text: string;
  byline: string | null;
  content_hash: string;
  published_at: string | null;
  ingested_at: string;
  updated_at: string;
}

type HitRow = Omit<ArticleRow, 'text' | 'byline' | 'content_hash' | 'updated_at'> & { score: number };

const HIT_COLUMNS = 'a.id, a.title, a.source, a.url, a.published_at, a.ingested_at';
// bm25 weights per column: a title match outranks many body mentions; entity names sit between.
const BM25 = 'bm25(articles_fts, 10.0, 1.0, 4.0)';

export function createSqliteArticleRepository(
  db: Database.Database,
  options: SqliteArticleRepositoryOptions = {},
): ArticleRepository {
  const now = options.now ?? (() => new Date());
  const byId = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const byHash = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE content_hash = ?');
  const byUrl = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE url = ?');
  const insert = db.prepare(
    `INSERT INTO articles (source, url, title, text, byline, content_hash, published_at, ingested_at, updated_at)
     VALUES (@source, @url, @title, @text, @byline, @hash, @publishedAt, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE articles SET source = @source, title = @title, text = @text, byline = @byline, content_hash = @hash,
       published_at = COALESCE(@publishedAt, published_at), updated_at = @at, entity_names = ''
     WHERE id = @id`,
  );
  const dropAnalyses = db.prepare('DELETE FROM article_analyses WHERE article_id = ?');
  const search = db.prepare<[string, number], HitRow>(
    `SELECT ${HIT_COLUMNS}, -${BM25} AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
     WHERE articles_fts MATCH ? ORDER BY ${BM25}, a.ingested_at DESC LIMIT ?`,
  );
  const trigramCandidates = db.prepare<[string, number], HitRow>(
    `SELECT ${HIT_COLUMNS}, 0 AS score FROM article_titles_trigram t JOIN articles a ON a.id = t.rowid
     WHERE article_titles_trigram MATCH ? ORDER BY bm25(article_titles_trigram) LIMIT ?`,
  );
  const since = db.prepare<[string], HitRow>(
    `SELECT ${HIT_COLUMNS}, 0 AS score FROM articles a WHERE a.ingested_at >= ? ORDER BY a.ingested_at, a.id`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const getAnalysis = db.prepare<[number, string], { analysis_json: string }>(
    'SELECT analysis_json FROM article_analyses WHERE article_id = ? AND engine_key = ?',
  );
  const saveAnalysis = db.prepare(
    `INSERT INTO article_analyses (article_id, engine_key, analysis_json, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(article_id, engine_key) DO UPDATE SET analysis_json = excluded.analysis_json, saved_at = excluded.saved_at`,
  );
  const setNames = db.prepare('UPDATE articles SET entity_names = ? WHERE id = ?');

  const writeArticle = (article: NewArticle): AddArticleResult => {
    const hash = contentHash(article.text);
    const same = byHash.get(hash);
    if (same) return { article: toStored(same), outcome: 'unchanged' };
    const url = article.url?.trim() || null;
    const fields = {
      source: article.source,
      title: article.title.trim(),
      text: article.text,
      byline: article.byline?.trim() || null,
      hash,
      publishedAt: article.publishedAt ?? null,
      at: now().toISOString(),
    };
    const previous = url ? byUrl.get(url) : undefined;
    if (previous) {
      // Same URL, new text: keep the id so threads and cached links stay valid.
      update.run({ ...fields, id: previous.id });
      dropAnalyses.run(previous.id);
      return { article: toStored(byId.get(previous.id)!), outcome: 'updated' };
    }
    const id = Number(insert.run({ ...fields, url }).lastInsertRowid);
    return { article: toStored(byId.get(id)!), outcome: 'created' };
  };
  const setEntityNames = (articleId: number, names: string[]) => {
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    setNames.run(unique.join('\n'), articleId);
  };
  const storeAnalysis = (articleId: number, engineKey: string, analysis: Analysis) => {
    saveAnalysis.run(articleId, engineKey, JSON.stringify(analysis), now().toISOString());
  };
  const add = db.transaction((article: NewArticle, derived: ArticleDerived | undefined) => {
    const result = writeArticle(article);
    const id = result.article.id;
    if (derived?.entityNames) setEntityNames(id, derived.entityNames);
    if (derived?.analysis) storeAnalysis(id, derived.analysis.engineKey, derived.analysis.analysis);
    return result;
  });

  return {
    // IMMEDIATE: take the write lock before the duplicate check, so two processes cannot both insert.
    add: (article, derived) => add.immediate(article, derived),
    get(id) {
      const row = byId.get(id);
      return row ? toStored(row) : undefined;
    },
    search(query, limit = 10) {
      const all = buildFtsQuery(query, 'all');
      if (!all) return [];
      const hits = search.all(all, limit);
      if (hits.length > 0 || searchTerms(query).length < 2) return hits.map(toHit);
      return search.all(buildFtsQuery(query, 'any')!, limit).map(toHit);
    },
    suggest(query, limit = 3) {
      const grams = trigramsOf(query);
      if (grams.length === 0) return [];
      const candidates = trigramCandidates.all(grams.map((g) => `"${g}"`).join(' OR '), 50);
      return candidates
        .map((row) => ({ ...toHit(row), score: similarity(grams, row.title) }))
        .sort((a, b) => b.score - a.score || b.ingestedAt.localeCompare(a.ingestedAt))
        .slice(0, limit);
    },
    ingestedSince(isoTime) {
      return since.all(isoTime).map(toHit);
    },
    count() {
      return countAll.get()!.n;
    },
    getAnalysis(articleId, engineKey) {
      const row = getAnalysis.get(articleId, engineKey);
      return row ? (JSON.parse(row.analysis_json) as Analysis) : undefined;
    },
    saveAnalysis: storeAnalysis,
    setEntityNames,
  };
}

/** Share of the query's trigrams found in the title, lightly penalising long titles. */
function similarity(queryGrams: string[], title: string): number {
  const titleGrams = new Set(trigramsOf(title));
  const shared = queryGrams.filter((g) => titleGrams.has(g)).length;
  return shared / (queryGrams.length + 0.1 * titleGrams.size);
}

function toStored(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    text: row.text,
    byline: row.byline,
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    ingestedAt: row.ingested_at,
    updatedAt: row.updated_at,
  };
}

function toHit(row: HitRow): ArticleHit {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    url: row.url,
    publishedAt: row.published_at,
    ingestedAt: row.ingested_at,
    score: row.score,
  };
}
