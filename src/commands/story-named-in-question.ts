import { isThreadQuestion } from '../core/is-thread-question';
import type { CommandContext } from './command-definition';
import { type StoryIdInQuestion, storyIdInQuestion } from './story-id-in-question';

/** A number typed without "#" before a question ("12 who paid?", "12. who paid?"). */
const BARE_ID = /^(\d{1,9})[.,:;)]?\s+(\S[\s\S]*)$/;

/**
 * The story a question names: "#12 who paid?" (and the other shapes storyIdInQuestion reads), or
 * a bare number before a question ("12 who paid?") when a story has that id, since `/brief list`
 * shows "#12" and `/brief 12` alone is story 12. Without such a story the bare number stays words
 * to search ("2020 who won?"); with one, the answer names the story, so a year read as an id shows.
 */
export async function storyNamedInQuestion(text: string, ctx: CommandContext): Promise<StoryIdInQuestion | undefined> {
  const named = storyIdInQuestion(text);
  if (named) return named;
  const bare = BARE_ID.exec(text.trim());
  if (!bare || !/\p{L}/u.test(bare[2]!) || !isThreadQuestion(bare[2]!)) return undefined;
  const id = Number(bare[1]);
  return (await ctx.app.storyTitle(id)) === undefined ? undefined : { id, question: bare[2]!.trim() };
}
