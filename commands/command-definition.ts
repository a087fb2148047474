import type { NewsbriefApp } from '../src/app/newsbrief-app';
import type { Reply } from '../src/app/reply';

/** Who is asking, and where. Ids are opaque and prefixed: "slack:C123", "discord:987". */
export interface CommandContext {
  channelId: string;
  userId: string;
  app: NewsbriefApp;
  /**
   * May this user change what the channel shares (follow-ups, digest, feeds, resolved
   * questions)? The platform decides (Discord: Manage Channels; Slack: admins or a configured
   * list); undefined means yes (the console is its operator's).
   */
  mayChangeChannel?: () => Promise<boolean>;
}

interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Values can be suggested as the user types (Discord autocomplete): stored story titles. */
  suggest?: 'stories';
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
  /** Arguments after the name, e.g. "<story> [HH:MM] [timezone]"; "" when it takes none. */
  usage: string;
  /** Arguments of an example use, e.g. "flynn 09:00 Europe/London". */
  example: string;
  options: CommandOption[];
  /** Changes what the channel shares: only members allowed to manage the channel may run it. */
  changesChannel?: boolean;
  run(args: string, ctx: CommandContext): Promise<Reply>;
}
