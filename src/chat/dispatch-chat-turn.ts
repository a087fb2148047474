import { asksAboutBot } from '../../commands/asks-about-bot';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion, runBriefCommand } from '../../commands/index';
import { answerLooseQuestion, greetingHint } from '../../commands/loose-question';
import { notACommand } from '../../commands/not-a-command';
import { threadHelp } from '../../commands/thread-help';
import { buildBriefReply } from '../app/build-brief-reply';
import type { NewsbriefApp } from '../app/newsbrief-app';
import { cmd, errorReply, noticeReply, type Reply } from '../app/reply';
import { asksNothing, isThreadQuestion } from '../core/is-thread-question';
import type { ThreadTurn } from '../store/conversation-repository';
import { addressedOutsideBrief } from './addressed-outside-brief';
import { asciiCommandSlash } from './ascii-command-slash';
import type { ChatTurn, TurnResponder } from './chat-turn';
import { leansOnLastQuestion } from './leans-on-last-question';

const INTERNAL_ERROR = 'Sorry, that did not work because of an internal error. It has been logged.';

/**
 * The one flow every platform's traffic goes through: decide → claim the event → acknowledge →
 * run the command or answer → post → link the brief's thread → apologise on failure. Resolves
 * once the turn is fully handled; never rejects (failures are logged and apologised for).
 */
export async function dispatchChatTurn(app: NewsbriefApp, turn: ChatTurn, responder: TurnResponder): Promise<void> {
  const log = turn.log;
  let action: Action | undefined;
  try {
    action = await decide(app, turn);
    if (!action) return;
    // Claim only what we act on: a Slack `message` we ignore must not hide its `app_mention` twin.
    if (!(await app.conversations.claimEvent(turn.eventKeys))) return;
  } catch (error) {
    // The database is down (or failing): nothing was claimed, so a platform's redelivery, or a
    // replica that can reach it, may still answer.
    log.error({ err: responder.describeError(error) }, `${turn.platform}: could not read or claim the turn`);
    return;
  }
  if (responder.acknowledge) {
    try {
      await responder.acknowledge();
    } catch (error) {
      const facts = responder.describeError(error);
      log.warn({ ...facts, err: facts }, `${turn.platform}: could not acknowledge the turn; not retried`);
      return;
    }
  }
  let reply: Reply;
  try {
    reply = await run(app, turn, action);
  } catch (error) {
    log.error(
      { err: responder.describeError(error), text: turn.text.slice(0, 200) },
      `${turn.platform}: command failed`,
    );
    reply = errorReply(INTERNAL_ERROR);
  }
  try {
    await deliver(app, reply, responder);
    if (action.type === 'question' && turn.threadRef !== undefined && reply.citedSentences !== undefined)
      await rememberTurn(
        app,
        turn.threadRef,
        { question: reply.askedAs ?? turn.text, cited: reply.citedSentences },
        log,
      );
    log.info(
      { kind: reply.kind, turn: turn.kind, thread: reply.threadArticleId !== undefined },
      `${turn.platform}: answered`,
    );
  } catch (error) {
    const apology = responder.apology(error);
    const facts = responder.describeError(error);
    if (apology === undefined) {
      log.warn(
        { ...facts, err: facts },
        `${turn.platform}: could not deliver the reply; nothing can reach the user now`,
      );
      return;
    }
    log.error({ ...facts, err: facts }, `${turn.platform}: could not deliver the reply`);
    await responder
      .postPrivately(errorReply(apology))
      .catch((e: unknown) => log.error({ err: responder.describeError(e) }, 'could not send the apology either'));
  }
}

type Action =
  /** text: the command's own words, when the turn's text also holds "/brief". */
  | { type: 'command'; text?: string }
  | { type: 'question'; articleId: number }
  | { type: 'not-a-command'; inThread: boolean }
  | { type: 'not-a-question' }
  | { type: 'link' }
  | { type: 'loose-question' }
  | { type: 'greeting' }
  | { type: 'thread-help'; articleId: number };

/**
 * What to do with a turn, before claiming it. Not read-only: looking up a thread's story also marks
 * the thread active (its linked_at, which the prune measures silence from), so every replica writes
 * that on every thread message, claimed or not, acted on or not. Harmless: they write nearly the
 * same time, and a message in the thread is activity whoever answers it.
 */
async function decide(app: NewsbriefApp, turn: ChatTurn): Promise<Action | undefined> {
  if (turn.kind === 'command') return { type: 'command' };
  if (turn.kind === 'link') return { type: 'link' };
  const articleId = turn.threadRef ? await app.conversations.articleForThread(turn.threadRef) : undefined;
  const addressed = turn.kind === 'mention';
  const slashed = asciiCommandSlash(turn.text.trim());
  if (articleId !== undefined) {
    const asked = isThreadQuestion(turn.text, { addressedToBot: addressed });
    // "@newsbrief help", "how do I use you?": about the bot, not the story, so not "the article
    // doesn't say". Unaddressed, only one that reads as a question is taken (as any question is).
    if (asksAboutBot(turn.text, { inThread: true }) && (asked || addressed || turn.oneToOne))
      return { type: 'thread-help', articleId };
    // "and when?" reads as asking nothing on its own; after a question in the thread it asks that one anew.
    if (asked || (await leansOnLastQuestion(app, turn.text, turn.threadRef))) return { type: 'question', articleId };
    // "@newsbrief /brief list" runs; "@newsbrief /breif flynn" is a mistyped command, not a question.
    if ((addressed || turn.oneToOne) && slashed.startsWith('/')) return typedCommand(slashed, true);
    // "@newsbrief why?" asks nothing to look up, but was said to the bot: it says what to ask.
    return turn.oneToOne || (addressed && asksNothing(turn.text)) ? { type: 'not-a-question' } : undefined;
  }
  // Outside a brief's thread only a message addressed to the bot is for it: most run as `/brief …`
  // (a bare mention gets the help); a question there is about no story yet, and thanks ask nothing.
  if (!addressed) return undefined;
  if (slashed.startsWith('/')) return typedCommand(slashed, false);
  const asked = addressedOutsideBrief(turn.text);
  return asked === 'question' ? { type: 'loose-question' } : asked && { type: asked };
}

/** "/brief list" typed into a mention is that command; any other "/word" is none. */
function typedCommand(text: string, inThread: boolean): Action {
  const typed = /^\/brief(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return typed ? { type: 'command', text: typed[1] ?? '' } : { type: 'not-a-command', inThread };
}

async function run(app: NewsbriefApp, turn: ChatTurn, action: Action): Promise<Reply> {
  const ctx: CommandContext = {
    channelId: turn.channelId,
    userId: turn.userId,
    app,
    ...(turn.mayChangeChannel === undefined ? {} : { mayChangeChannel: turn.mayChangeChannel }),
  };
  switch (action.type) {
    case 'question':
      return answerThreadQuestion(action.articleId, turn.text, ctx, turn.threadRef);
    case 'not-a-command':
      return notACommand(turn.text, action.inThread);
    case 'not-a-question':
      return notAQuestion(turn.text);
    case 'link': {
      const result = await app.briefLink(turn.text, turn.userId);
      return result.kind === 'found' ? buildBriefReply(result) : errorReply(result.message);
    }
    case 'command':
      return runBriefCommand(action.text ?? turn.text, ctx, turn.subcommand);
    case 'loose-question':
      return answerLooseQuestion(turn.text, ctx);
    case 'greeting':
      return greetingHint();
    case 'thread-help':
      return threadHelp(action.articleId);
  }
}

/** Posts the reply; a channel reply that opens a thread is linked to its article (before the thread opens). */
async function deliver(app: NewsbriefApp, reply: Reply, responder: TurnResponder): Promise<void> {
  if (reply.visibility === 'ephemeral') {
    await responder.postPrivately(reply);
    return;
  }
  const posted = await responder.post(reply);
  const articleId = reply.threadArticleId;
  if (!posted || articleId === undefined) return;
  // Linked at once, so a question posted the instant the thread opens is already recognised.
  await app.conversations.linkThread(posted.threadRef, articleId);
  const opened = await responder.startThread?.(posted, reply);
  if (opened && opened !== posted.threadRef) await app.conversations.linkThread(opened, articleId);
}

/** A question answered in a thread, and what it cited; not remembering it costs only a later "who said that?" or "and why?". */
async function rememberTurn(
  app: NewsbriefApp,
  threadRef: string,
  turn: ThreadTurn,
  log: ChatTurn['log'],
): Promise<void> {
  try {
    await app.conversations.rememberTurn(threadRef, turn);
  } catch (error) {
    log.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'could not remember what the answer cited',
    );
  }
}

/**
 * Why a message in a brief's thread got no answer. A question to someone named ("@sam can you…?",
 * "Sam, what…?") already ends in "?": it would be taken were it said to the bot. "lol?" and "ok?"
 * were told they read as a note to someone else, though nobody is named: chit-chat is not a
 * question about the story, "?" or not.
 */
function notAQuestion(text: string): Reply {
  const help = [cmd('help'), '.'];
  if (asksNothing(text))
    return noticeReply([
      'That asks nothing I can look up in the story. Ask the whole question, e.g. “who said that?” or “when is the vote?”; or see ',
      ...help,
    ]);
  if (/\?\s*$/.test(text) && isThreadQuestion(text, { addressedToBot: true }))
    return noticeReply([
      'That reads as a note to someone else, so no answer. To ask the bot, ask without naming anyone; or see ',
      ...help,
    ]);
  if (/\?\s*$/.test(text))
    return noticeReply([
      'That reads as chit-chat, not a question about the story, so no answer. Ask it in words, e.g. “who said that?”; or see ',
      ...help,
    ]);
  return noticeReply([
    'Not taken as a question, so no answer. To ask about the story, end it with “?”; or see ',
    ...help,
  ]);
}
