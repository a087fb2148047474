import type { CommandRef, Reply } from '../src/app/reply';
import { storyIdIn } from '../src/app/story-id-in';
import { storyNotFound } from '../src/app/story-not-found';
import type { CommandContext } from './command-definition';

const SUGGESTIONS = 3;

/**
 * A chat command's "no story matches" reply, the one `/brief <words>` gives: the closest stored
 * titles (none for a "#" id: titles "close to" a number are noise; for a bare number, the stories
 * holding it), each with `retry` naming it by id.
 */
export async function noSuchStory(
  query: string,
  ctx: CommandContext,
  how: { searched: 'stories' | 'titles'; retry?: (id: number) => CommandRef; deletedSinceBrief?: boolean },
): Promise<Reply> {
  // A bare number no story has may be a word in some ("15 January"): those are offered, by id.
  const byHash = storyIdIn(query) !== undefined && query.includes('#');
  const suggestions = byHash ? [] : await ctx.app.suggestStories(query, SUGGESTIONS);
  return storyNotFound({ query, suggestions, ...how, noneStored: (await ctx.app.storyCount()) === 0 });
}
