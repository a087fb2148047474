/**
 * The story id a query starts with when words follow it ("#1 extra", "#12. council vote"), or
 * undefined. Searched as words, "#1 extra" matched "1" in "£1.2m" and briefed (or followed, daily)
 * another story; no title starts with "#" and a number, so the id is what was meant.
 */
export function leadingStoryId(query: string): string | undefined {
  return /^\(?#(\d+)[.,;:!?)]*\s+\S/.exec(query.trim())?.[1];
}
