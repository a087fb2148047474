import type { CommandRef, Reply } from '../app/reply';
import { storyIdIn } from '../app/story-id-in';
import { storyNotFound } from '../app/story-not-found';
import type { CommandContext } from './command-definition';

const SUGGESTIONS = 3;

/**
 * A chat command's "no story matches" reply, the one `/brief <words>` gives: the closest stored
 * titles (none for an id: titles "close to" a number are noise), each with `retry` naming it by id.
 */
export async function noSuchStory(
  query: string,
  ctx: CommandContext,
  how: { searched: 'stories' | 'titles'; retry?: (id: number) => CommandRef; deletedSinceBrief?: boolean },
): Promise<Reply> {
  const suggestions = storyIdIn(query) === undefined ? await ctx.app.suggestStories(query, SUGGESTIONS) : [];
  return storyNotFound({ query, suggestions, ...how, noneStored: (await ctx.app.storyCount()) === 0 });
}

/**
 * The id a query names when no story has it ("15", "#15"), else undefined. The finder searches a
 * bare number no story has as words, and dates and counts put numbers in most copy: a command that
 * changes the channel (a daily follow-up, a resolved question) would act on an unrelated story.
 */
export async function missingStoryId(query: string, ctx: CommandContext): Promise<string | undefined> {
  const id = storyIdIn(query);
  return id !== undefined && (await ctx.app.storyTitle(Number(id))) === undefined ? id : undefined;
}
