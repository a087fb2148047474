import type { ChannelPoster } from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import { renderConsoleReply } from './render-console-reply';

export const CONSOLE_CHANNEL = 'console:terminal';
/**
 * The console's one conversation: each brief links this ref to its story again (which forgets the last story's
 * questions), so the next run finds the thread of the last brief in the store and goes on with it.
 */
export const CONSOLE_THREAD = `${CONSOLE_CHANNEL}:thread`;

export interface ConsolePosterOptions {
  output: NodeJS.WritableStream;
  /** Called after a post that opens a thread, so plain lines become questions in it. */
  onThread?: (threadRef: string) => void;
}

/** Scheduled posts in the terminal: what a follow-up or digest would look like in a channel. */
export function createConsolePoster(options: ConsolePosterOptions): ChannelPoster {
  let sequence = 0;
  const session = Date.now().toString(36);
  return {
    platform: 'console',
    async post(channelId: string, reply: Reply) {
      sequence += 1;
      options.output.write(`\n[scheduled post to ${channelId}]\n${renderConsoleReply(reply)}\n`);
      // Unique per run: refs linked by an earlier run are never this post's thread.
      const messageRef = `${channelId}:${session}:post-${sequence}`;
      if (reply.threadArticleId !== undefined) options.onThread?.(messageRef);
      return { channelId, messageRef, threadRef: messageRef };
    },
  };
}
