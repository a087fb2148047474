import { type ChatInputCommandInteraction, MessageFlags, type MessageMentionOptions } from 'discord.js';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import type { ConversationRepository } from '../../store/conversation-repository';
import { renderDiscordReply } from './render-discord-reply';
import { startBriefThread } from './start-brief-thread';

/** Nothing newsbrief posts may ping anyone, the asker included. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface SendInteractionReplyOptions {
  conversations: ConversationRepository;
  logger: Logger;
}

/**
 * Delivers a Reply to an interaction that was deferred publicly. A channel reply edits the
 * "thinking…" message (and a brief gets its question thread); an ephemeral one cannot, because
 * a deferral's visibility is fixed and its first follow-up inherits it — see sendPrivately.
 */
export async function sendInteractionReply(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  options: SendInteractionReplyOptions,
): Promise<void> {
  const body = renderDiscordReply(reply);
  const payload = { content: body.content ?? '', embeds: body.embeds, allowedMentions: NO_MENTIONS };
  if (body.ephemeral && !interaction.ephemeral) {
    await sendPrivately(interaction, payload);
    return;
  }
  const message = await interaction.editReply(payload);
  if (reply.threadArticleId === undefined || !interaction.inGuild() || interaction.channel?.isThread()) return;
  await startBriefThread({
    rest: interaction.client.rest,
    conversations: options.conversations,
    logger: options.logger,
    channelId: interaction.channelId,
    messageId: message.id,
    reply,
  });
}

type Payload = {
  content: string;
  embeds: ReturnType<typeof renderDiscordReply>['embeds'];
  allowedMentions: MessageMentionOptions;
};

/**
 * An only-you reply after a public deferral: resolve the placeholder first (so the follow-up is
 * independent of it), send the follow-up ephemeral, then delete the placeholder. The channel sees
 * at most a short "replied privately" flash, never the private content.
 */
export async function sendPrivately(interaction: ChatInputCommandInteraction, payload: Payload): Promise<void> {
  if (interaction.deferred && !interaction.ephemeral) {
    await interaction.editReply({ content: 'Replied privately.', embeds: [], allowedMentions: NO_MENTIONS });
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    await interaction.deleteReply();
    return;
  }
  if (interaction.deferred || interaction.replied)
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
