import { isThreadQuestion } from '../src/core/is-thread-question';
import type { CommandContext } from './command-definition';
import { type StoryIdInQuestion, storyIdInQuestion } from './story-id-in-question';

/** An opening id and the capitalised word after it ("#12 Flynn's lawyer?"), possessive dropped. */
const ID_THEN_CAPITAL = /^\(?#(\d{1,9})\)?[.,;:]?\s+((\p{Lu}[\p{L}\p{N}-]*)(?:['’]s)?\b[\s\S]*)$/u;

/**
 * "#12 Flynn's lawyer?": an opening id followed by a word that is no question word reads as a rank
 * ("#1 seed Duke?"), but not when the word is a name story 12's analysis lists: then the id names
 * the story the name is in. Evidence from the story, not a list of words, so "#1 Duke seed?" is
 * still a rank unless story 1 names Duke.
 */
async function idBeforeItsName(text: string, ctx: CommandContext): Promise<StoryIdInQuestion | undefined> {
  const opening = ID_THEN_CAPITAL.exec(text.trim());
  if (!opening) return undefined;
  const id = Number(opening[1]);
  const article = await ctx.app.findStory(`#${id}`);
  if (!article) return undefined;
  const { analysis } = await ctx.app.analyzeStored(article);
  const word = opening[3]!;
  const listed = analysis.entities.some((e) => e.name.split(/[\s,]+/).includes(word));
  return listed ? { id, question: opening[2]!.trim() } : undefined;
}

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
  const named = storyIdInQuestion(text) ?? (await idBeforeItsName(text, ctx));
  if (named) return named;
  const bare = BARE_ID.exec(text.trim());
  if (!bare || !OPENS_QUESTION.test(bare[2]!) || !isThreadQuestion(bare[2]!)) return undefined;
  const id = Number(bare[1]);
  return (await ctx.app.storyTitle(id)) === undefined ? undefined : { id, question: bare[2]!.trim() };
}
