import type { NewsbriefApp } from '../src/app/newsbrief-app';
import type { Reply } from '../src/app/reply';

type PlatformName = 'slack' | 'discord' | 'console';

/** Who is asking, and where. Ids are opaque and prefixed: "slack:C123", "discord:987". */
export interface CommandContext {
  platform: PlatformName;
  channelId: string;
  userId: string;
  app: NewsbriefApp;
}

interface CommandOption {
  name: string;
  description: string;
  required: boolean;
}

/**
 * One subcommand of `/brief`. The same definition serves Slack, Discord and the console:
 * platforms hand over the words after the subcommand as `args` (Discord joins its options in
 * the declared order).
 */
export interface CommandDefinition {
  /** The word after /brief ("add", "follow"); "" for the default `/brief <query>`. */
  name: string;
  description: string;
  /** e.g. "/brief follow <query> [HH:MM] [timezone]" */
  usage: string;
  example: string;
  options: CommandOption[];
  run(args: string, ctx: CommandContext): Promise<Reply>;
}
