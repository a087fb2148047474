import type { Message } from 'discord.js';
import type { CommandContext } from '../../../commands/command-definition';
import { answerThreadQuestion, runBriefCommand } from '../../../commands/index';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { describeDiscordError } from './discord-api-errors';
import { renderDiscordReply } from './render-discord-reply';
import { NO_MENTIONS } from './send-interaction-reply';
import { discordThreadRef, startBriefThread } from './start-brief-thread';

export interface DiscordMessageDeps {
  app: NewsbriefApp;
  logger: Logger;
}

/** Whether the text mentions the user (`<@id>` or the legacy nickname form `<@!id>`). */
function mentionsUser(content: string, userId: string): boolean {
  return content.includes(`<@${userId}>`) || content.includes(`<@!${userId}>`);
}

function withoutMention(content: string, userId: string): string {
  return content.replaceAll(`<@${userId}>`, ' ').replaceAll(`<@!${userId}>`, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A message in a brief's thread is a question about that story; a mention of the bot anywhere
 * else is a `/brief` command ("@newsbrief flynn" posts a brief with its own thread). Bots (this
 * one included) are ignored, and each message is claimed once in the store, so a redelivered
 * or replayed event is not answered twice, even across restarts.
 */
export async function handleDiscordMessage(message: Message, deps: DiscordMessageDeps): Promise<void> {
  const botId = message.client.user?.id;
  if (!botId || message.author.bot || message.author.id === botId || message.webhookId || message.system) return;
  const threadRef = message.channel.isThread() ? discordThreadRef(message.channelId) : undefined;
  const articleId = threadRef ? deps.app.store.conversations.articleForThread(threadRef) : undefined;
  if (articleId === undefined && !mentionsUser(message.content, botId)) return;
  const text = withoutMention(message.content, botId);
  // An image or sticker posted in a brief's thread is not a question; stay quiet.
  if (articleId !== undefined && text === '') return;
  if (!deps.app.store.conversations.markEventHandled(`discord:message:${message.id}`)) return;

  const log = deps.logger.child({
    platform: 'discord',
    messageId: message.id,
    channelId: message.channelId,
    guildId: message.guildId,
    userId: message.author.id,
    articleId,
  });
  const ctx: CommandContext = {
    platform: 'discord',
    channelId: `discord:${message.channelId}`,
    userId: `discord:${message.author.id}`,
    app: deps.app,
  };
  let reply: Reply;
  try {
    reply =
      articleId !== undefined ? await answerThreadQuestion(articleId, text, ctx) : await runBriefCommand(text, ctx);
  } catch (err) {
    log.error({ err: describeDiscordError(err) }, 'discord: command failed for a message');
    await sendApology(message, 'Sorry — something went wrong preparing that. Please try again.', log);
    return;
  }
  try {
    const body = renderDiscordReply(reply);
    const sent = await message.reply({
      content: body.content ?? '',
      embeds: body.embeds,
      allowedMentions: NO_MENTIONS,
    });
    log.info(
      { kind: reply.kind },
      articleId !== undefined ? 'discord: answered a thread question' : 'discord: answered a mention',
    );
    // A brief posted outside a thread gets its own question thread, like /brief does.
    if (articleId === undefined && message.inGuild() && !message.channel.isThread()) {
      await startBriefThread({
        rest: message.client.rest,
        conversations: deps.app.store.conversations,
        logger: log,
        channelId: message.channelId,
        messageId: sent.id,
        reply,
      });
    }
  } catch (err) {
    log.error({ err: describeDiscordError(err) }, 'discord: could not post the reply');
    await sendApology(message, 'Sorry — Discord did not accept that reply. Please try again in a moment.', log);
  }
}

/** Messages cannot be answered privately; the apology is short and pings no one. */
async function sendApology(message: Message, text: string, log: Logger): Promise<void> {
  try {
    await message.reply({ content: text, allowedMentions: NO_MENTIONS });
  } catch (err) {
    log.warn({ err: describeDiscordError(err) }, 'discord: the apology could not be sent either');
  }
}
