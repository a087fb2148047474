import { parseArticleFile } from '../../src/ingest/parse-article-file';

/** The file parser as the runtime gives it, on the test's thread, with NEWSBRIEF_TZ at its default (UTC). */
export const parseInUtc = (path: string, raw: string) => parseArticleFile(path, raw, 'UTC');
