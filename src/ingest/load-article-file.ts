import { articleTextProblem } from './article-text-problem';
import { parseArticleFile } from './parse-article-file';
import { readTextFile } from './read-text-file';
import { withHeadline } from './with-headline';

export type LoadedArticleFile =
  | { ok: true; title: string; text: string; byline: string | null }
  | { ok: false; error: string };

/**
 * One article file, read and checked like `ingest` does, without storing it (`analyze`, `ask --file`); `zone`
 * (NEWSBRIEF_TZ) is the parser's, though the date it reads is not kept here.
 */
export async function loadArticleFile(path: string, maxBytes: number, zone: string): Promise<LoadedArticleFile> {
  const read = await readTextFile(path, maxBytes);
  if (!read.ok) return read;
  const parsed = parseArticleFile(path, read.text, zone);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const problem = parsed.textProblem || articleTextProblem(parsed.text);
  if (problem) return { ok: false, error: problem };
  return { ok: true, title: parsed.title, text: withHeadline(parsed.title, parsed.text), byline: parsed.byline };
}
