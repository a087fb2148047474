import type { PostedMessage } from '../app/channel-poster';
import type { Reply } from '../app/reply';
import type { Logger } from '../logging/create-logger';

type PlatformName = 'slack' | 'discord' | 'console';

/**
 * One thing a user said to newsbrief, in the same shape whatever platform it came from. Adapters
 * translate their traffic into this and hand it to the one dispatcher.
 */
export interface ChatTurn {
  platform: PlatformName;
  /** Opaque, prefixed ids: "slack:C123", "discord:987", "console:terminal". */
  channelId: string;
  userId: string;
  /**
   * Keys that identify this event; it is handled only if none was seen before (platforms
   * redeliver, and Slack names one post twice: `message` and `app_mention`).
   */
  eventKeys: string[];
  /** What the user typed, in plain text (platform markup and the bot's own mention removed). */
  text: string;
  /** The thread the message was posted in, as stored by linkThread ("slack:C123:1700000000.000100"). */
  threadRef?: string;
  /**
   * command: `/brief …` (text is what follows); mention: the bot was addressed (a mention, a DM,
   * the console); thread: a message in a thread that did not address the bot; link: an article
   * link someone asked to brief (Slack's "Brief this article" shortcut).
   */
  kind: 'command' | 'mention' | 'thread' | 'link';
  /**
   * Only the user and the bot are in the conversation (the console). Lines still face the
   * question rule the platforms' threads use, so "thanks" or "worth a call tomorrow" is not
   * answered with "the article doesn't say"; but, with no colleague to have meant it for, a line
   * left unanswered gets a short hint instead of silence.
   */
  oneToOne?: boolean;
  /** The subcommand the platform already resolved (Discord's `/brief story help` is the story "help"). */
  subcommand?: string;
  /** May this user change what the channel shares? Undefined: yes (see CommandContext). */
  mayChangeChannel?: () => Promise<boolean>;
  /** Carries the adapter's context (platform, channel, user) into every line the dispatcher logs. */
  log: Logger;
}

/**
 * The outbound half of an adapter, for one turn: where its replies go. Each platform renders the
 * Reply itself (Block Kit, embeds, terminal text) and escapes everything in it.
 */
export interface TurnResponder {
  /** Tells the platform the turn was received (Discord's deferral); throws if it is too late. */
  acknowledge?(): Promise<void>;
  /**
   * Posts where everyone in the conversation sees it (in the turn's thread when it has one).
   * Returns where it landed, or undefined when the platform could only deliver it privately.
   */
  post(reply: Reply): Promise<PostedMessage | undefined>;
  /** Only the asker sees it (or, where the platform cannot do that, a plain reply). */
  postPrivately(reply: Reply): Promise<void>;
  /**
   * Opens a question thread on a posted brief where the platform needs one opened (Discord);
   * returns its ref when it differs from the posted message's.
   */
  startThread?(posted: PostedMessage, reply: Reply): Promise<string | undefined>;
  /** What to tell the user when answering failed; undefined when nothing can reach them any more. */
  apology(error: unknown): string | undefined;
  /** Loggable facts about a platform error (never tokens or request bodies). */
  describeError(error: unknown): Record<string, unknown>;
}
