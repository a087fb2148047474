import type { BriefNotFound } from '../app/newsbrief-app';
import { storyIdIn } from '../app/story-id-in';

/**
 * "No story matches" for a shell: the advice uses CLI forms (`newsbrief brief 55`,
 * `newsbrief ingest`), not the chat ones (`/brief #55`, `/brief add`).
 */
export function cliNotFound(result: BriefNotFound): string {
  const byId = /^#(\d+)$/.exec(result.query);
  const lines = [byId ? `No stored story #${byId[1]}.` : `No stored story matches "${result.query}".`];
  if (result.suggestions.length > 0) {
    lines.push('Closest titles:', ...result.suggestions.map((s) => `  ${s.title} — newsbrief brief ${s.id}`));
  } else {
    lines.push(
      byId ? 'See the stored stories and their ids with: newsbrief list' : 'See what is stored with: newsbrief list',
      'Add a story with: newsbrief ingest <file | folder | url>',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A bare number (or #number) names a story by id, as `list` shows them. */
export function cliStoryQuery(words: string): string {
  const id = storyIdIn(words);
  return id ? `#${id}` : words.trim();
}
