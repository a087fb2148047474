import type { CitedSentence } from './conversation-repository';

/**
 * A thread's cited sentences as a store gives them back (SQLite's JSON text, PostgreSQL's jsonb),
 * read defensively: a value that does not parse, or an entry without an integer id and its text
 * (such as a bare id, which nothing could check against the story), is none, so a damaged row costs
 * only the key quotes, never the thread's question.
 */
export function citedSentences(stored: unknown): CitedSentence[] {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored) as unknown;
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, text } = entry as Record<string, unknown>;
    return Number.isInteger(id) && typeof text === 'string' ? [{ id: id as number, text }] : [];
  });
}
