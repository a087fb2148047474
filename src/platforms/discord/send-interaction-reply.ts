import { type ChatInputCommandInteraction, MessageFlags, type MessageMentionOptions } from 'discord.js';
import type { renderDiscordReply } from './render-discord-reply';

/** Nothing newsbrief posts may ping anyone, the asker included. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

type Payload = {
  content: string;
  embeds: ReturnType<typeof renderDiscordReply>['embeds'];
  allowedMentions: MessageMentionOptions;
};

/**
 * An only-you reply after a public deferral: a deferral's visibility is fixed and its first
 * follow-up inherits it, so resolve the placeholder first (the follow-up is then independent of
 * it), send the follow-up ephemeral, then delete the placeholder. The channel sees at most a
 * short "replied privately" flash, never the private content.
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
