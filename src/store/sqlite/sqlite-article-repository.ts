import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis-types';
import type { WhoIsWho } from '../../core/who-is-who';
import { analysisMatch, analysisRead, analysisToStore } from '../analysis-hash';
import type { AddArticleResult, ArticleDerived, ArticleRepository, NewArticle } from '../article-repository';
import { type ArticleRow, HIT_COLUMNS, type HitRow, joinNames, toHit, toStored } from '../article-rows';
import { contentHash } from '../content-hash';
import { engineKeyPrefix } from '../engine-key-prefix';
import { articleMigrations } from './article-migrations';
import { createSqliteArticleSearch } from './sqlite-article-search';

export { articleMigrations };

export interface SqliteArticleRepositoryOptions {
  now?: () => Date;
  /** The file is read-only: analyses are served but not cached (a cache miss is not an error). */
  readonly?: boolean;
}

export function createSqliteArticleRepository(
  db: Database.Database,
  options: SqliteArticleRepositoryOptions = {},
): ArticleRepository {
  const now = options.now ?? (() => new Date());
  const { search, matchingAmong, suggest } = createSqliteArticleSearch(db);
  const byId = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const titleById = db.prepare<[number], { title: string }>('SELECT title FROM articles WHERE id = ?');
  const byHash = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE content_hash = ?');
  const byUrl = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE url = ?');
  const insert = db.prepare(
    `INSERT INTO articles (source, url, title, text, byline, content_hash, published_at, ingested_at, updated_at, entity_names)
     VALUES (@source, @url, @title, @text, @byline, @hash, @publishedAt, @at, @at, @names)`,
  );
  const update = db.prepare(
    `UPDATE articles SET source = @source, title = @title, text = @text, byline = @byline, content_hash = @hash,
       published_at = COALESCE(@publishedAt, published_at), updated_at = @at, entity_names = @names
     WHERE id = @id`,
  );
  const dropAnalyses = db.prepare('DELETE FROM article_analyses WHERE article_id = ?');
  const since = db.prepare<[string], HitRow>(
    `SELECT ${HIT_COLUMNS}, 0 AS score FROM articles a WHERE a.ingested_at >= ? ORDER BY a.ingested_at, a.id`,
  );
  const recent = db.prepare<[number], HitRow>(
    `SELECT ${HIT_COLUMNS}, 0 AS score FROM articles a ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?`,
  );
  // Analyses and resolved questions go by ON DELETE CASCADE, search rows by trigger; thread links
  // stay, so a question in the thread is told the story is gone. Their clock restarts at the
  // deletion: the prune measures silence from then, not from a link made weeks before; and they
  // are marked as a deleted story's, the only links the prune reads.
  const deleteById = db.prepare<[number], ArticleRow>('DELETE FROM articles WHERE id = ? RETURNING *');
  const restartLinks = db.prepare('UPDATE thread_links SET linked_at = ?, story_deleted_at = ? WHERE article_id = ?');
  // A model's results quote the text they were made from: a story taken down (or rewritten in
  // place) takes them with it, or its words would outlive it in the cache (and in exports).
  const forgetModelResults = db.prepare('DELETE FROM llm_cache WHERE article_hash = ?');
  const removeOne = db.transaction((id: number) => {
    const row = deleteById.get(id);
    if (row) {
      const at = now().toISOString();
      restartLinks.run(at, at, id);
      forgetModelResults.run(row.content_hash);
    }
    return row;
  });
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const countBetween = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM articles WHERE ingested_at >= ? AND ingested_at < ?',
  );
  const getAnalysis = db.prepare<[number, string], { analysis_json: string; analysis_hash: string | null }>(
    'SELECT analysis_json, analysis_hash FROM article_analyses WHERE article_id = ? AND engine_key = ?',
  );
  const analysisKeys = db.prepare<[number], { engine_key: string }>(
    'SELECT engine_key FROM article_analyses WHERE article_id = ? ORDER BY engine_key',
  );
  const saveAnalysis = db.prepare(
    `INSERT INTO article_analyses (article_id, engine_key, analysis_json, analysis_hash, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(article_id, engine_key) DO UPDATE SET analysis_json = excluded.analysis_json,
       analysis_hash = excluded.analysis_hash, saved_at = excluded.saved_at, who_is_who = NULL`,
  );
  const getWhoIsWho = db.prepare<[number, string], { who_is_who: string | null }>(
    'SELECT who_is_who FROM article_analyses WHERE article_id = ? AND engine_key = ?',
  );
  // Who is who goes only beside the analysis it was made from: the same hash, or on a row with none the same text.
  const saveWhoIsWho = db.prepare(
    `UPDATE article_analyses SET who_is_who = ? WHERE article_id = ? AND engine_key = ?
       AND (analysis_hash = ? OR (analysis_hash IS NULL AND analysis_json = ?))`,
  );
  // The same engine's other versions: nothing reads them once the new one is stored.
  const dropOtherVersions = db.prepare(
    'DELETE FROM article_analyses WHERE article_id = ? AND engine_key <> ? AND substr(engine_key, 1, length(?)) = ?',
  );
  // Skipping a no-op update spares rewriting the article's full-text index entries.
  const setNames = db.prepare('UPDATE articles SET entity_names = ? WHERE id = ? AND entity_names IS NOT ?');
  const setTitle = db.prepare('UPDATE articles SET title = ? WHERE id = ? AND title IS NOT ?');

  /** Entity names are written with the row, so its index entries are built once. */
  const writeArticle = (article: NewArticle, derived: ArticleDerived | undefined): AddArticleResult => {
    const entityNames = derived?.entityNames;
    const hash = derived?.contentHash ?? contentHash(article.text);
    const same = byHash.get(hash);
    if (same) {
      if (entityNames) setEntityNames(same.id, entityNames);
      return { article: toStored(same), outcome: 'unchanged' };
    }
    const url = article.url?.trim() || null;
    const fields = {
      source: article.source,
      title: article.title.trim(),
      text: article.text,
      byline: article.byline?.trim() || null,
      hash,
      publishedAt: article.publishedAt ?? null,
      at: now().toISOString(),
      names: joinNames(entityNames ?? []),
    };
    const previous = url ? byUrl.get(url) : undefined;
    if (previous) {
      // Same URL, new text: keep the id so threads and cached links stay valid.
      update.run({ ...fields, id: previous.id });
      dropAnalyses.run(previous.id);
      forgetModelResults.run(previous.content_hash);
      return { article: toStored(byId.get(previous.id)!), outcome: 'updated' };
    }
    const id = Number(insert.run({ ...fields, url }).lastInsertRowid);
    return { article: toStored(byId.get(id)!), outcome: 'created' };
  };
  // A read-only file serves briefs without caching, so it takes none of their derived data either.
  function setEntityNames(articleId: number, names: string[]) {
    if (options.readonly) return;
    const joined = joinNames(names);
    setNames.run(joined, articleId, joined);
  }
  const writeAnalysis = db.transaction((articleId: number, engineKey: string, analysis: Analysis) => {
    const { json, hash } = analysisToStore(analysis);
    saveAnalysis.run(articleId, engineKey, json, hash, now().toISOString());
    const prefix = engineKeyPrefix(engineKey);
    dropOtherVersions.run(articleId, engineKey, prefix, prefix);
  });
  const storeAnalysis = (articleId: number, engineKey: string, analysis: Analysis) => {
    if (!options.readonly) writeAnalysis(articleId, engineKey, analysis);
  };
  const add = db.transaction((article: NewArticle, derived: ArticleDerived | undefined) => {
    const result = writeArticle(article, derived);
    if (derived?.analysis) storeAnalysis(result.article.id, derived.analysis.engineKey, derived.analysis.analysis);
    return result;
  });

  return {
    // IMMEDIATE: take the write lock before the duplicate check, so two processes cannot both insert.
    add: (article, derived) => add.immediate(article, derived),
    get(id) {
      const row = byId.get(id);
      return row ? toStored(row) : undefined;
    },
    findByContent(text, hash = contentHash(text)) {
      const row = byHash.get(hash);
      return row ? toStored(row) : undefined;
    },
    titleOf(id) {
      return titleById.get(id)?.title;
    },
    search,
    matchingAmong,
    suggest,
    ingestedSince(isoTime) {
      return since.all(isoTime).map(toHit);
    },
    countIngestedBetween(fromIso, beforeIso) {
      return countBetween.get(fromIso, beforeIso)!.n;
    },
    recent(limit) {
      return recent.all(limit).map(toHit);
    },
    count() {
      return countAll.get()!.n;
    },
    remove(id) {
      const row = removeOne(id);
      return row ? toStored(row) : undefined;
    },
    getAnalysis(articleId, engineKey) {
      const row = getAnalysis.get(articleId, engineKey);
      return row ? analysisRead(JSON.parse(row.analysis_json) as Analysis, row.analysis_hash) : undefined;
    },
    analysisKeys(articleId) {
      return analysisKeys.all(articleId).map((row) => row.engine_key);
    },
    saveAnalysis: storeAnalysis,
    getWhoIsWho(articleId, engineKey) {
      const json = getWhoIsWho.get(articleId, engineKey)?.who_is_who;
      return json ? (JSON.parse(json) as WhoIsWho) : undefined;
    },
    saveWhoIsWho(articleId, engineKey, madeFrom, who) {
      if (options.readonly) return;
      const { hash, json } = analysisMatch(madeFrom);
      saveWhoIsWho.run(JSON.stringify(who), articleId, engineKey, hash, json);
    },
    setEntityNames,
    setTitle(articleId, title) {
      if (options.readonly) return;
      const trimmed = title.trim();
      setTitle.run(trimmed, articleId, trimmed);
    },
  };
}
