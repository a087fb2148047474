import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { cmd, noticeReply, type Reply } from '../../app/reply';
import type { ChatTurn, TurnResponder } from '../../chat/chat-turn';
import { dispatchChatTurn } from '../../chat/dispatch-chat-turn';
import { CONSOLE_CHANNEL } from './console-poster';
import { renderConsoleReply } from './render-console-reply';

export interface ConsoleChatOptions {
  app: NewsbriefApp;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
  /** Show a prompt and greeting (interactive terminal) or stay quiet (pipe). */
  interactive: boolean;
}

export interface ConsoleChat {
  /** Makes plain lines questions in this thread (a scheduled follow-up opened it). */
  focus(threadRef: string): void;
  /** Resolves when input ends (or `quit`) and every line has been answered. */
  done: Promise<void>;
  close(): void;
}

/**
 * The terminal platform: `/brief …` lines are commands, plain lines are questions about the last
 * brief. Lines are handled strictly in order, so piped scripts get their answers in order.
 */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { app, output, logger } = options;
  const lines = createInterface({ input: options.input, terminal: false });
  // The terminal is one conversation: plain lines go to the thread of the last brief posted.
  let currentThread: string | undefined;
  let queue = Promise.resolve();
  // Unique per run, so threads linked in an earlier run are never mistaken for this one's.
  const session = Date.now().toString(36);
  let posted = 0;

  const show = (reply: Reply) => output.write(`${renderConsoleReply(reply)}\n`);
  const responder: TurnResponder = {
    async post(reply) {
      show(reply);
      posted += 1;
      const ref = `${CONSOLE_CHANNEL}:${session}:${posted}`;
      if (reply.threadArticleId !== undefined) currentThread = ref;
      return { channelId: CONSOLE_CHANNEL, messageRef: ref, threadRef: ref };
    },
    postPrivately: async (reply) => {
      show(reply);
    },
    apology: () => 'Sorry, that failed. The details are in the log.',
    describeError: (error) => ({ message: error instanceof Error ? error.message : String(error) }),
  };
  const prompt = () => {
    if (options.interactive) output.write('> ');
  };

  async function handle(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (/^(quit|exit)$/i.test(text)) return void lines.close();
    logger.debug({ line: text.slice(0, 80) }, 'console line received');
    const command = /^\/?brief\b(.*)$/i.exec(text) ?? (/^(help|\?)$/i.test(text) ? [text, 'help'] : null);
    if (!command && currentThread === undefined) {
      show(noticeReply(['Brief a story first, e.g. ', cmd('', 'flynn'), '; then ask questions about it.']));
      return;
    }
    // The console user always talks to the bot: a plain line is addressed to it, in the brief's thread.
    const turn: ChatTurn = {
      platform: 'console',
      channelId: CONSOLE_CHANNEL,
      userId: 'console:user',
      eventKeys: [],
      text: command ? (command[1] ?? '') : text,
      ...(command ? { kind: 'command' as const } : { kind: 'mention' as const, threadRef: currentThread }),
      log: logger,
    };
    await dispatchChatTurn(app, turn, responder);
  }

  if (options.interactive) {
    output.write('newsbrief console. `/brief <story>` to brief, then ask questions; `/brief help`; `quit` to leave.\n');
    prompt();
  }
  lines.on('line', (line) => {
    queue = queue.then(() => handle(line)).then(prompt);
  });
  const done = new Promise<void>((resolve) => lines.once('close', () => void queue.then(resolve)));
  return {
    focus: (threadRef) => {
      currentThread = threadRef;
    },
    done,
    close: () => lines.close(),
  };
}
