import type { ChannelPoster } from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import { renderConsoleReply } from './render-console-reply';

export const CONSOLE_CHANNEL = 'console:terminal';
/**
 * The thread of a console's conversation: each brief links this ref to its story again (which forgets the last story's
 * questions). Keyed by the terminal the console runs in (console-terminal.ts), so a restart in the same terminal finds
 * the thread of its last brief and goes on with it, while a console opened in another terminal at the same time has its
 * own: one ref for every console made two consoles on one database read each other's thread (session 45's leftover).
 * With no terminal (input and output both piped) the run's thread is its own, keyed by `session`.
 */
export function consoleThread(terminal: string | undefined, session: string): string {
  return terminal === undefined ? `${CONSOLE_CHANNEL}:${session}:thread` : `${CONSOLE_CHANNEL}:thread:${terminal}`;
}

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
