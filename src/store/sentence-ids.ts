/**
 * A thread's cited sentence ids as a store gives them back (SQLite's JSON text, PostgreSQL's jsonb),
 * read defensively: anything but an array of integers is none.
 */
export function sentenceIds(stored: unknown): number[] {
  const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}
