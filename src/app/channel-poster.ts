import type { Reply } from './reply';

/** Where a posted message landed; `threadRef` is what thread replies will carry. */
export interface PostedMessage {
  channelId: string;
  messageRef: string;
  threadRef: string;
}

/**
 * How the scheduler (and anything else not answering a user) posts to a channel. Each platform
 * provides one for its own channel ids ("slack:C123", "discord:456", "console:terminal").
 */
export interface ChannelPoster {
  /** The channel-id prefix this poster serves, e.g. "slack". */
  platform: string;
  post(channelId: string, reply: Reply): Promise<PostedMessage>;
}

/** Raised by a poster when the platform says the channel is gone or the bot was removed. */
export class ChannelGoneError extends Error {
  readonly code = 'channel_gone';
  constructor(
    readonly channelId: string,
    detail: string,
  ) {
    super(`channel ${channelId} is not reachable: ${detail}`);
  }
}
