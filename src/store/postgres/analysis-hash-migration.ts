import type { PostgresMigration } from './postgres-migrations';

/**
 * See the SQLite step of the same id. The trigger: a replica still on the previous release re-saves an analysis
 * without touching the hash, which would then name the analysis it replaced; a changed analysis with its hash
 * left as it was loses the hash, and is matched by its jsonb as before this step.
 */
export const analysisHashMigration: PostgresMigration = {
  id: 'articles-010-analysis-hash',
  sql: `
    ALTER TABLE article_analyses ADD COLUMN analysis_hash text;
    CREATE FUNCTION newsbrief_analysis_hash_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Nested, so the analyses are compared only when the hash was left as it was.
      IF NEW.analysis_hash IS NOT DISTINCT FROM OLD.analysis_hash THEN
        IF NEW.analysis_json IS DISTINCT FROM OLD.analysis_json THEN
          NEW.analysis_hash := NULL;
        END IF;
      END IF;
      RETURN NEW;
    END
    $$;
    CREATE TRIGGER article_analyses_hash_kept BEFORE UPDATE OF analysis_json ON article_analyses
      FOR EACH ROW EXECUTE FUNCTION newsbrief_analysis_hash_kept();
  `,
};
