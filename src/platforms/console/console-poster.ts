import type { ChannelPoster } from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import { renderConsoleReply } from './render-console-reply';

export const CONSOLE_CHANNEL = 'console:terminal';

export interface ConsolePosterOptions {
  output: NodeJS.WritableStream;
  /** Called after a post that opens a thread, so plain lines become questions about it. */
  onThread?: (articleId: number) => void;
}

/** Scheduled posts in the terminal: what a follow-up or digest would look like in a channel. */
export function createConsolePoster(options: ConsolePosterOptions): ChannelPoster {
  let sequence = 0;
  return {
    platform: 'console',
    async post(channelId: string, reply: Reply) {
      sequence += 1;
      options.output.write(`\n[scheduled post to ${channelId}]\n${renderConsoleReply(reply)}\n`);
      if (reply.threadArticleId !== undefined) options.onThread?.(reply.threadArticleId);
      const messageRef = `${channelId}:${sequence}`;
      return { channelId, messageRef, threadRef: messageRef };
    },
  };
}
