import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition } from '../../../commands/command-definition';

/**
 * Discord cannot put a free-text option beside subcommands, so `/brief <query>` (the definition
 * named "") becomes `/brief story <query>`; every other definition is `/brief <name> ...`.
 */
const DEFAULT_SUBCOMMAND = 'story';

const DESCRIPTION_MAX = 100;

/** A Discord-valid name (lower-case, 1-32 of letters, digits, - and _). */
export function discordName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return cleaned || 'option';
}

export function subcommandName(definition: CommandDefinition): string {
  return definition.name === '' ? DEFAULT_SUBCOMMAND : discordName(definition.name);
}

function description(text: string): string {
  const trimmed = text.trim() || 'No description';
  return trimmed.length <= DESCRIPTION_MAX ? trimmed : `${trimmed.slice(0, DESCRIPTION_MAX - 1)}…`;
}

/** The one `/brief` command with a subcommand per definition, as Discord's registration API takes it. */
export function buildBriefCommand(
  definitions: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: 'brief',
    type: ApplicationCommandType.ChatInput,
    description: 'Story briefs from stored articles: summary, key quotes, open questions, who is who',
    // Servers only: a DM has no channel to follow stories in and no thread to ask questions in.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: definitions.slice(0, 25).map((definition) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: subcommandName(definition),
      description: description(definition.description),
      // Discord rejects a required option after an optional one; the run order is kept separately.
      options: [...definition.options]
        .sort((a, b) => Number(b.required) - Number(a.required))
        .slice(0, 25)
        .map((option) => ({
          type: ApplicationCommandOptionType.String as const,
          name: discordName(option.name),
          description: description(option.description),
          required: option.required,
          ...(option.suggest ? { autocomplete: true } : {}),
        })),
    })),
  };
}

export interface ResolvedBriefInteraction {
  definition: CommandDefinition;
  /** The option values joined in the definition's declared order, as the console would type them. */
  args: string;
}

/** Maps `/brief <subcommand> ...` back to its definition; undefined for a stale registration. */
export function resolveBriefInteraction(
  interaction: ChatInputCommandInteraction,
  definitions: readonly CommandDefinition[],
): ResolvedBriefInteraction | undefined {
  const sub = interaction.options.getSubcommand(false) ?? DEFAULT_SUBCOMMAND;
  const definition = definitions.find((d) => subcommandName(d) === sub);
  if (!definition) return undefined;
  const args = definition.options
    .map((option) => interaction.options.getString(discordName(option.name), false)?.trim() ?? '')
    .filter((value) => value !== '')
    .join(' ');
  return { definition, args };
}

/** The command as typed text, for logs and for handlers that take the whole line. */
export function commandText(resolved: ResolvedBriefInteraction): string {
  const { definition, args } = resolved;
  return definition.name === '' ? args : `${definition.name} ${args}`.trim();
}
