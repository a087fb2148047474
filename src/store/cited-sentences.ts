import type { CitedSentence } from './conversation-repository';
import { storedJsonObjects } from './stored-json-objects';

/**
 * A thread's cited sentences as a store gives them back (SQLite's JSON text, PostgreSQL's jsonb),
 * read defensively: a value that does not parse, or an entry without an integer id and its text
 * (such as a bare id, which nothing could check against the story), is none, so a damaged row costs
 * only the key quotes, never the thread's question.
 */
export function citedSentences(stored: unknown): CitedSentence[] {
  return storedJsonObjects(stored).flatMap(({ id, text }) =>
    Number.isInteger(id) && typeof text === 'string' ? [{ id: id as number, text }] : [],
  );
}
