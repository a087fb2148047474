import { type ChatInputCommandInteraction, type Message, PermissionFlagsBits } from 'discord.js';
import type { Reply } from '../../app/reply';
import type { ChatTurn, TurnResponder } from '../../chat/chat-turn';
import type { Logger } from '../../logging/create-logger';
import { commandText, type ResolvedBriefInteraction } from './brief-command-shape';
import { describeDiscordError, isExpiredInteraction } from './discord-api-errors';
import { renderDiscordReply } from './render-discord-reply';
import { NO_MENTIONS, sendPrivately } from './send-interaction-reply';
import { discordThreadRef, startBriefThread } from './start-brief-thread';

const APOLOGY = 'Sorry — Discord did not accept that reply. Please try again in a moment.';

/** managers: Manage Channels in that channel (Discord's own notion of who runs it); everyone: anybody. */
export type DiscordChangePolicy = 'managers' | 'everyone';

function payload(reply: Reply) {
  const body = renderDiscordReply(reply);
  return { content: body.content ?? '', embeds: body.embeds, allowedMentions: NO_MENTIONS };
}

const describe = (error: unknown) => ({ ...describeDiscordError(error), expired: isExpiredInteraction(error) });

/** `/brief <subcommand> …` as a chat turn; the definition is already resolved by Discord's structure. */
export function interactionTurn(
  interaction: ChatInputCommandInteraction,
  resolved: ResolvedBriefInteraction,
  policy: DiscordChangePolicy,
  logger: Logger,
): ChatTurn {
  return {
    platform: 'discord',
    channelId: `discord:${interaction.channelId}`,
    userId: `discord:${interaction.user.id}`,
    eventKeys: [`discord:interaction:${interaction.id}`],
    text: resolved.args,
    kind: 'command',
    subcommand: resolved.definition.name,
    mayChangeChannel: async () =>
      policy === 'everyone' || !!interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels),
    log: logger.child({
      platform: 'discord',
      interactionId: interaction.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      subcommand: interaction.options.getSubcommand(false),
      command: commandText(resolved).slice(0, 200),
    }),
  };
}

/**
 * Replies to an interaction: deferred at once (Discord allows 3 s; analysis may take longer),
 * then the "thinking…" message is edited into the reply; a brief gets a question thread. An
 * expired interaction cannot be apologised to.
 */
export function interactionResponder(interaction: ChatInputCommandInteraction, logger: Logger): TurnResponder {
  return {
    acknowledge: async () => {
      await interaction.deferReply();
    },
    async post(reply) {
      const message = await interaction.editReply(payload(reply));
      const inThread = !!interaction.channel?.isThread();
      return {
        channelId: `discord:${interaction.channelId}`,
        messageRef: `discord:${interaction.channelId}:${message.id}`,
        // Run inside a thread (a forum post is one), the brief makes that thread about its story;
        // elsewhere the thread startThread opens from the reply gets the reply's id.
        threadRef: discordThreadRef(inThread ? interaction.channelId : message.id),
      };
    },
    async startThread(posted, reply) {
      if (!interaction.inGuild() || interaction.channel?.isThread()) return undefined;
      const messageId = posted.messageRef.split(':').at(-1)!;
      return startBriefThread({
        rest: interaction.client.rest,
        logger,
        channelId: interaction.channelId,
        messageId,
        reply,
      });
    },
    postPrivately: (reply) => sendPrivately(interaction, payload(reply)),
    apology: (error) => (isExpiredInteraction(error) ? undefined : APOLOGY),
    describeError: describe,
  };
}

/** Whether the text mentions the user (`<@id>` or the legacy nickname form `<@!id>`). */
function mentionsUser(content: string, userId: string): boolean {
  return content.includes(`<@${userId}>`) || content.includes(`<@!${userId}>`);
}

function withoutMention(content: string, userId: string): string {
  return content.replaceAll(`<@${userId}>`, ' ').replaceAll(`<@!${userId}>`, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A message in a thread, or one that mentions the bot, as a chat turn; undefined for everything
 * else (other bots, this one, webhooks, system messages, channel chatter).
 */
export function messageTurn(message: Message, policy: DiscordChangePolicy, logger: Logger): ChatTurn | undefined {
  const botId = message.client.user?.id;
  if (!botId || message.author.bot || message.author.id === botId || message.webhookId || message.system)
    return undefined;
  const inThread = message.channel.isThread();
  const mentioned = mentionsUser(message.content, botId);
  if (!inThread && !mentioned) return undefined;
  return {
    platform: 'discord',
    channelId: `discord:${message.channelId}`,
    userId: `discord:${message.author.id}`,
    eventKeys: [`discord:message:${message.id}`],
    text: withoutMention(message.content, botId),
    ...(inThread ? { threadRef: discordThreadRef(message.channelId) } : {}),
    kind: mentioned ? 'mention' : 'thread',
    mayChangeChannel: async () =>
      policy === 'everyone' ||
      (message.inGuild() && !!message.channel.permissionsFor(message.author)?.has(PermissionFlagsBits.ManageChannels)),
    log: logger.child({
      platform: 'discord',
      messageId: message.id,
      channelId: message.channelId,
      guildId: message.guildId,
      userId: message.author.id,
    }),
  };
}

/** Replies to a message (messages cannot be answered privately); a brief outside a thread opens one. */
export function messageResponder(message: Message, logger: Logger): TurnResponder {
  const reply = async (r: Reply) => message.reply(payload(r));
  return {
    async post(r) {
      const sent = await reply(r);
      const inThread = message.channel.isThread();
      return {
        channelId: `discord:${message.channelId}`,
        messageRef: `discord:${message.channelId}:${sent.id}`,
        // Posted inside a thread, the brief makes that thread about its story.
        threadRef: discordThreadRef(inThread ? message.channelId : sent.id),
      };
    },
    async startThread(posted, r) {
      if (!message.inGuild() || message.channel.isThread()) return undefined;
      const messageId = posted.messageRef.split(':').at(-1)!;
      return startBriefThread({ rest: message.client.rest, logger, channelId: message.channelId, messageId, reply: r });
    },
    postPrivately: async (r) => {
      await reply(r);
    },
    apology: () => APOLOGY,
    describeError: describe,
  };
}
