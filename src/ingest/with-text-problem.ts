import { articleTextProblem } from './article-text-problem';
import type { ParsedArticleFile } from './parse-article-file';

/**
 * A parsed file carrying its article-text check ('' when it passes). The pool's parse job runs it, so a 1 MB file's
 * check (~200 ms of CPU) is spent on the worker thread, not on the main thread that acknowledges chat meanwhile.
 */
export function withTextProblem(parsed: ParsedArticleFile | { error: string }): ParsedArticleFile | { error: string } {
  return 'error' in parsed
    ? parsed
    : { ...parsed, textProblem: parsed.textProblem || (articleTextProblem(parsed.text) ?? '') };
}
