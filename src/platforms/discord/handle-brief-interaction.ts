import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command-definition';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { errorReply, type Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { commandText, resolveBriefInteraction } from './brief-command-shape';
import { describeDiscordError, isExpiredInteraction } from './discord-api-errors';
import { renderDiscordReply } from './render-discord-reply';
import { NO_MENTIONS, sendInteractionReply, sendPrivately } from './send-interaction-reply';

export interface BriefInteractionDeps {
  app: NewsbriefApp;
  logger: Logger;
  commands: readonly CommandDefinition[];
}

const APOLOGY = 'Sorry — Discord did not accept that reply. Please try again in a moment.';

/**
 * `/brief <subcommand> …`: defer at once (Discord allows 3 s; analysis may take longer), run the
 * command, then deliver. Failures are logged with context and answered with a short private
 * apology; an expired interaction is only logged, since nothing can reach the user any more.
 */
export async function handleBriefInteraction(interaction: Interaction, deps: BriefInteractionDeps): Promise<void> {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'brief') return;
  const log = deps.logger.child({
    platform: 'discord',
    interactionId: interaction.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    subcommand: interaction.options.getSubcommand(false),
  });
  if (!deps.app.store.conversations.markEventHandled(`discord:interaction:${interaction.id}`)) return;
  try {
    await interaction.deferReply();
  } catch (err) {
    log.warn(
      { err: describeDiscordError(err), expired: isExpiredInteraction(err) },
      'discord: could not defer the interaction; not retried',
    );
    return;
  }
  const reply = await runCommand(interaction, deps, log);
  try {
    await sendInteractionReply(interaction, reply, { conversations: deps.app.store.conversations, logger: log });
    log.info({ kind: reply.kind, thread: reply.threadArticleId !== undefined }, 'discord: answered /brief');
  } catch (err) {
    if (isExpiredInteraction(err)) {
      log.warn({ err: describeDiscordError(err) }, 'discord: interaction token expired before the reply; not retried');
      return;
    }
    log.error({ err: describeDiscordError(err) }, 'discord: could not deliver the reply');
    await apologise(interaction, log);
  }
}

async function runCommand(
  interaction: ChatInputCommandInteraction,
  deps: BriefInteractionDeps,
  log: Logger,
): Promise<Reply> {
  const resolved = resolveBriefInteraction(interaction, deps.commands);
  if (!resolved) {
    log.warn('discord: subcommand not in this build; the registration is stale');
    return errorReply('That command is out of date. An admin can refresh it with `newsbrief register-discord`.');
  }
  try {
    // The definition is known, so run it directly: re-parsing the text would turn
    // `/brief story help` into `/brief help`.
    return await resolved.definition.run(resolved.args, {
      platform: 'discord',
      channelId: `discord:${interaction.channelId}`,
      userId: `discord:${interaction.user.id}`,
      app: deps.app,
    });
  } catch (err) {
    log.error(
      { err: describeDiscordError(err), command: commandText(resolved).slice(0, 200) },
      'discord: command failed',
    );
    return errorReply('Sorry — something went wrong preparing that. Please try again.');
  }
}

async function apologise(interaction: ChatInputCommandInteraction, log: Logger): Promise<void> {
  try {
    const body = renderDiscordReply(errorReply(APOLOGY));
    await sendPrivately(interaction, { content: body.content ?? APOLOGY, embeds: [], allowedMentions: NO_MENTIONS });
  } catch (err) {
    log.warn({ err: describeDiscordError(err) }, 'discord: the apology could not be sent either');
  }
}
