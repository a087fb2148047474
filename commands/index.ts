import { asciiDigits } from '../src/app/ascii-digits';
import { cmd, errorReply, type Reply } from '../src/app/reply';
import { addCommand } from './add';
import { alreadyAnswered } from './already-answered';
import { asksAboutBot } from './asks-about-bot';
import { briefCommand } from './brief';
import type { CommandContext, CommandDefinition } from './command-definition';
import { digestCommand } from './digest';
import { feedCommand } from './feed';
import { followCommand } from './follow';
import { createHelpCommand } from './help';
import { listCommand } from './list';
import { mayChange } from './may-change';
import { resolveCommand } from './resolve';
import { schedulesCommand } from './schedules';
import { stopRequest, stopStoryRequest } from './stop-request';
import { closestSubcommand } from './subcommand-typo';
import { threadReply } from './thread-reply';
import { unfollowCommand } from './unfollow';

/** Every /brief subcommand; platforms register and route from this one list. */
export const briefCommands: CommandDefinition[] = [];
briefCommands.push(
  briefCommand,
  listCommand,
  addCommand,
  feedCommand,
  followCommand,
  digestCommand,
  schedulesCommand,
  unfollowCommand,
  resolveCommand,
  createHelpCommand(() => briefCommands),
);

/**
 * Invisible characters a copied command carries (zero-width space, word joiner, BOM): with one,
 * "/brief list\u200b" was a search for "list" that briefed the waiting-list story.
 */
const INVISIBLE_CHARS = '\\u200B\\u2060\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** `add`'s subcommand word with any white space or invisible characters before it. */
const LEADING_WORD = new RegExp(`^[\\s${INVISIBLE_CHARS}]*\\S+`);

/** Finds the subcommand named by the first word, else the default `/brief <query>`. */
export function routeBriefCommand(text: string): { command: CommandDefinition; args: string } {
  const trimmed = text.trim();
  // Full-width id marks ("/brief follow ＃１２") read as the id they are, as in every command.
  const visible = asciiDigits(trimmed.replace(INVISIBLE, '')).trim();
  const [first = ''] = visible.split(/\s+/);
  const named = briefCommands.find((c) => c.name !== '' && c.name === first.toLowerCase());
  // The rest keeps its line breaks: a pasted article's paragraphs matter to `add`, whose text is
  // stored as pasted.
  if (named)
    return {
      command: named,
      // For add, the raw text loses the subcommand's own token: an invisible character before it
      // ("\u200b add Mayor …", which trim keeps) is not the word to cut.
      args: (named === addCommand ? trimmed.replace(LEADING_WORD, '') : visible.slice(first.length)).trim(),
    };
  // Nothing typed, or a question about the bot ("what can you do?"), gets the help: searched, such
  // a question briefed whichever story had its words.
  if (visible === '' || asksAboutBot(visible))
    return { command: briefCommands.find((c) => c.name === 'help')!, args: '' };
  return { command: briefCommand, args: visible };
}

/**
 * Runs `/brief …` text from any platform. `subcommand` is set when the platform already knows
 * which definition was chosen (Discord's `/brief story help` must not turn into `/brief help`).
 * Errors propagate: the dispatcher logs them and apologises.
 */
export async function runBriefCommand(text: string, ctx: CommandContext, subcommand?: string): Promise<Reply> {
  const chosen = subcommand === undefined ? undefined : briefCommands.find((c) => c.name === subcommand);
  const { command, args } = chosen
    ? { command: chosen, args: chosen === addCommand ? text.trim() : asciiDigits(text.replace(INVISIBLE, '')).trim() }
    : routeBriefCommand(text);
  if (!chosen && command === briefCommand) {
    const stop = stopRequest(args) ?? (await stopStoryRequest(args, ctx));
    if (stop) return stop;
    // "/brief folow ferry": a mistyped subcommand, not a story about "folow" (unless one is stored).
    const first = args.split(/\s+/)[0] ?? '';
    const meant = closestSubcommand(
      first,
      briefCommands.map((c) => c.name),
    );
    if (meant && !(await ctx.app.mentionsWord(first))) {
      return errorReply([`Unknown subcommand '${first.slice(0, 40)}' — did you mean ${meant}? See `, cmd('help'), '.']);
    }
  }
  if (command.changesChannel && !(await mayChange(ctx))) {
    return errorReply(
      `Only members who can manage this channel can use “${command.name}” here; ask one of them, or an admin.`,
    );
  }
  return command.run(args, ctx);
}

/**
 * A question asked in the thread of a brief about `articleId`; `threadRef` names the thread, whose
 * last answer's cited sentences a "who said that?" asks about.
 */
export async function answerThreadQuestion(
  articleId: number,
  question: string,
  ctx: CommandContext,
  threadRef?: string,
): Promise<Reply> {
  if (!question.trim()) return errorReply('Ask a question about the story, e.g. “who chairs the finance committee?”');
  const turns = threadRef === undefined ? [] : await ctx.app.conversations.threadTurns(threadRef);
  // A question asked and answered before in the thread is said to be, not answered again as if new.
  return alreadyAnswered(await threadReply(articleId, question, ctx, turns), question, turns);
}

export type { CommandContext, CommandDefinition };
