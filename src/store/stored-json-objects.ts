/**
 * The object entries of a JSON array column as a store gives it back (SQLite's JSON text, PostgreSQL's jsonb), read
 * defensively: text that does not parse, a value that is no array and an entry that is no object are none, so a
 * damaged row costs what it held, never the read. Each caller checks the fields it needs.
 */
export function storedJsonObjects(stored: unknown): Record<string, unknown>[] {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored) as unknown;
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry: unknown): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
  );
}
