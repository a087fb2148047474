/**
 * One rule for every way an article comes in (chat `add`, `ingest`, the drop folder, `analyze`):
 * shorter text is almost always a mistake (a query typed after "add", a stub file, `<p>hi</p>`).
 */
const MIN_ARTICLE_CHARS = 200;

/** Why `text` is too short to be an article, or undefined when it is long enough. */
export function articleTooShort(text: string): string | undefined {
  const length = text.trim().length;
  return length < MIN_ARTICLE_CHARS
    ? `that is ${length} ${length === 1 ? 'character' : 'characters'}; an article needs at least ${MIN_ARTICLE_CHARS}`
    : undefined;
}
