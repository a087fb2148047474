import { analysisToStore } from '../analysis-hash';
import type { AddArticleResult, ArticleDerived } from '../article-repository';
import { type ArticleRow, toStored } from '../article-rows';
import type { AsyncArticleRepository } from '../async/async-store';
import { ARTICLE_COLUMNS, type PostgresArticleFields, postgresArticleFields } from './postgres-article-fields';
import type { PgDb } from './postgres-database';
import { savePostgresAnalysis } from './save-postgres-analysis';

type SetEntityNames = (target: PgDb, articleId: number, names: string[]) => Promise<void>;

const INSERT_ARTICLE = `INSERT INTO articles (source, title, text, byline, content_hash, published_at, ingested_at, updated_at, entity_names, url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING ${ARTICLE_COLUMNS}`;

/**
 * The PostgreSQL store's add. A new story (the common case: ingest, the feed poller) goes with its
 * analysis in one statement outside a caller's transaction, so one round trip and no BEGIN/COMMIT;
 * a re-add, a rewrite in place or an add inside a transaction takes the transaction it always took.
 */
export function postgresArticleAdd(
  db: PgDb,
  now: () => Date,
  setEntityNames: SetEntityNames,
): AsyncArticleRepository['add'] {
  /**
   * A new story and its analysis in one statement: atomic on its own, and the analysis row's key
   * check runs at its end, when the story's row is there. Undefined when a unique key conflicts
   * (nothing written): add then takes the transaction below. Retried after a lost reply, the
   * statement finds its own row, so the story is stored once and reported unchanged, as a retried
   * transaction reports it.
   */
  const insertNew = async (
    fields: unknown[],
    url: string | null,
    analysis: ArticleDerived['analysis'],
    savedAt: string,
  ) => {
    const stored = analysis && analysisToStore(analysis.analysis);
    const result =
      analysis && stored
        ? await db.query<ArticleRow>(
            `WITH added AS (${INSERT_ARTICLE}),
             analysed AS (INSERT INTO article_analyses (article_id, engine_key, analysis_json, analysis_hash, saved_at)
               SELECT id, $10, $11, $13, $12 FROM added)
           SELECT * FROM added`,
            [...fields, url, analysis.engineKey, stored.json, savedAt, stored.hash],
            { prepared: 'newsbrief_add_analysed' },
          )
        : await db.query<ArticleRow>(INSERT_ARTICLE, [...fields, url], { prepared: 'newsbrief_add' });
    return result.rows[0] && { article: toStored(result.rows[0]), outcome: 'created' as const };
  };

  /**
   * Insert first (unless the one-statement insert just conflicted); on a unique-key conflict, the
   * same content is 'unchanged', else the URL's row is updated in place. The unique keys decide
   * between replicas adding the same story at once: the insert waits for the other transaction,
   * then conflicts. Not inserting twice keeps the ids a re-add uses up (one) as they were.
   */
  const writeArticle = async (
    tx: PgDb,
    row: PostgresArticleFields,
    entityNames: string[] | undefined,
    conflicted: boolean,
  ): Promise<AddArticleResult> => {
    const { hash, url, fields } = row;
    const findByHash = async () =>
      (await tx.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE content_hash = $1`, [hash])).rows[0];
    const unchanged = async (row: ArticleRow) => {
      if (entityNames) await setEntityNames(tx, row.id, entityNames);
      return { article: toStored(row), outcome: 'unchanged' as const };
    };
    const inserted = conflicted ? undefined : await tx.query<ArticleRow>(INSERT_ARTICLE, [...fields, url]);
    if (inserted?.rows[0]) return { article: toStored(inserted.rows[0]), outcome: 'created' as const };
    const same = await findByHash();
    if (same) return unchanged(same);
    // Same URL, new text: keep the id so threads and cached links stay valid. The earlier text's
    // model results go with it (see the SQLite repository), in a statement after the row is
    // locked: it then sees a result a model call committed while the lock was awaited (a later
    // one finds the text changed and writes nothing: see the model-result cache).
    const previous = (
      await tx.query<{ id: number; content_hash: string }>(
        'SELECT id, content_hash FROM articles WHERE url = $1 FOR UPDATE',
        [url],
      )
    ).rows[0];
    // The story it conflicted with went before this transaction began: insert after all.
    if (!previous && conflicted) return writeArticle(tx, row, entityNames, false);
    const updated = await tx.query<ArticleRow>(
      `UPDATE articles SET source = $1, title = $2, text = $3, byline = $4, content_hash = $5,
         published_at = COALESCE($6, published_at), updated_at = $7, entity_names = $8
       WHERE id = $9 RETURNING ${ARTICLE_COLUMNS}`,
      [...fields, previous?.id ?? null],
    );
    const stored = updated.rows[0];
    if (!stored) throw new Error(`article could not be stored: it conflicts with a stored one (${url ?? hash})`);
    await tx.query('DELETE FROM llm_cache WHERE article_hash = $1', [previous!.content_hash]);
    await tx.query('DELETE FROM article_analyses WHERE article_id = $1', [stored.id]);
    return { article: toStored(stored), outcome: 'updated' as const };
  };

  return async (article, derived) => {
    // The clock is read as the multi-statement add reads it: the story's time, then the analysis's.
    const row = postgresArticleFields(article, derived?.entityNames, now().toISOString(), derived?.contentHash);
    const analysis = derived?.analysis;
    const savedAt = analysis ? now().toISOString() : '';
    // In a caller's transaction, the savepoint below keeps a failed add from aborting it.
    const alone = !db.inTransaction;
    const created = alone ? await insertNew(row.fields, row.url, analysis, savedAt) : undefined;
    if (created) return created;
    return db.tx(async (tx) => {
      const result = await writeArticle(tx, row, derived?.entityNames, alone);
      if (analysis) {
        const { engineKey } = analysis;
        await savePostgresAnalysis(tx, {
          articleId: result.article.id,
          engineKey,
          analysis: analysis.analysis,
          savedAt,
        });
      }
      return result;
    });
  };
}
