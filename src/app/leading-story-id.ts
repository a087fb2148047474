import { asciiDigits } from './ascii-digits';

/**
 * The story id a query starts with when words follow it ("#1 extra", "#12. council vote"), or
 * undefined. Searched as words, "#1 extra" matched "1" in "£1.2m" and briefed (or followed, daily)
 * another story. A title can start with "#" and a number ("#1 seed Duke falls"), but rarely, and a
 * story id typed that way is far likelier; the reply offers the id, so such a title is not lost silently.
 */
export function leadingStoryId(query: string): string | undefined {
  return /^\(?#(\d+)[.,;:!?)]*\s+\S/.exec(asciiDigits(query.trim()))?.[1];
}
