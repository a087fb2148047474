import { isThreadQuestion } from '../core/is-thread-question';
import type { CommandContext } from './command-definition';
import { type StoryIdInQuestion, storyIdInQuestion } from './story-id-in-question';

/** A number typed without "#" before a question ("12 who paid?", "12. who paid?"). */
const BARE_ID = /^(\d{1,9})[.,:;)]?\s+(\S[\s\S]*)$/;
/**
 * How the question after a bare number must open: "5 things to know?" or "1 million people
 * affected?" count something, so only a question word or an auxiliary makes the number an id.
 */
const OPENS_QUESTION =
  /^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|any|anything)\b/i;

/**
 * The story a question names: "#12 who paid?" (and the other shapes storyIdInQuestion reads), or
 * a bare number before a question that opens as one ("12 who paid?") when a story has that id,
 * since `/brief list` shows "#12" and `/brief 12` alone is story 12. Without such a story the bare number stays words
 * to search ("2020 who won?"); with one, the answer names the story, so a year read as an id shows.
 */
export async function storyNamedInQuestion(text: string, ctx: CommandContext): Promise<StoryIdInQuestion | undefined> {
  const named = storyIdInQuestion(text);
  if (named) return named;
  const bare = BARE_ID.exec(text.trim());
  if (!bare || !OPENS_QUESTION.test(bare[2]!) || !isThreadQuestion(bare[2]!)) return undefined;
  const id = Number(bare[1]);
  return (await ctx.app.storyTitle(id)) === undefined ? undefined : { id, question: bare[2]!.trim() };
}
