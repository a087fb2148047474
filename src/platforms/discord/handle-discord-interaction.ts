import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command-definition';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { errorReply } from '../../app/reply';
import { withoutBidiControls } from '../../app/without-bidi-controls';
import { dispatchChatTurn } from '../../chat/dispatch-chat-turn';
import type { Logger } from '../../logging/create-logger';
import { discordName, resolveBriefInteraction, subcommandName } from './brief-command-shape';
import { describeDiscordError } from './discord-api-errors';
import { type DiscordChangePolicy, interactionResponder, interactionTurn } from './discord-turns';
import { truncateDiscordText } from './escape-discord-text';

export interface DiscordInteractionDeps {
  app: NewsbriefApp;
  logger: Logger;
  commands: readonly CommandDefinition[];
  policy: DiscordChangePolicy;
}

/** Discord shows at most 25 choices. */
const MAX_CHOICES = 25;

/** `/brief …` interactions: commands go to the dispatcher; autocomplete is answered from stored titles. */
export async function handleDiscordInteraction(interaction: Interaction, deps: DiscordInteractionDeps): Promise<void> {
  if (interaction.isAutocomplete() && interaction.commandName === 'brief') return suggest(interaction, deps);
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'brief') return;
  const resolved = resolveBriefInteraction(interaction, deps.commands);
  const responder = interactionResponder(interaction, deps.logger);
  if (!resolved) {
    deps.logger.warn(
      { interactionId: interaction.id },
      'discord: subcommand not in this build; the registration is stale',
    );
    await responder.acknowledge?.();
    await responder.postPrivately(
      errorReply('That command is out of date. An admin can refresh it with “newsbrief register-discord”.'),
    );
    return;
  }
  const turn = interactionTurn(interaction, resolved, deps.policy, deps.logger);
  await dispatchChatTurn(deps.app, turn, interactionResponder(interaction, turn.log));
}

/** Stored stories matching what is typed so far, newest first when nothing is typed yet. */
async function suggest(interaction: AutocompleteInteraction, deps: DiscordInteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false);
  const definition = deps.commands.find((d) => subcommandName(d) === sub);
  const option = definition?.options.find((o) => discordName(o.name) === focused.name);
  try {
    const hits = option?.suggest === 'stories' ? await deps.app.suggestStories(String(focused.value), MAX_CHOICES) : [];
    await interaction.respond(
      hits.slice(0, MAX_CHOICES).map((h) => ({
        // Choice names are shown as plain text; they cannot ping.
        name: truncateDiscordText(`#${h.id} ${withoutBidiControls(h.title).replace(/\s+/g, ' ')}`, 100),
        value: `#${h.id}`,
      })),
    );
  } catch (err) {
    deps.logger.warn({ err: describeDiscordError(err), interactionId: interaction.id }, 'discord: autocomplete failed');
  }
}
