import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import type { CommandContext } from '../../../commands/command-definition';
import { answerThreadQuestion, runBriefCommand } from '../../../commands/index';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { errorReply, noticeReply, type Reply } from '../../app/reply';
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
  /** Makes plain lines questions about this article (a scheduled follow-up opened its thread). */
  focus(articleId: number): void;
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
  const ctx: CommandContext = { platform: 'console', channelId: CONSOLE_CHANNEL, userId: 'console:user', app };
  const lines = createInterface({ input: options.input, terminal: false });
  let currentArticle: number | undefined;
  let queue = Promise.resolve();

  const show = (reply: Reply) => {
    output.write(`${renderConsoleReply(reply)}\n`);
    if (reply.threadArticleId !== undefined) currentArticle = reply.threadArticleId;
  };
  const prompt = () => {
    if (options.interactive) output.write('> ');
  };

  async function handle(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (/^(quit|exit)$/i.test(text)) return void lines.close();
    logger.debug({ line: text.slice(0, 80) }, 'console line received');
    const command = /^\/?brief\b(.*)$/i.exec(text);
    try {
      if (command) show(await runBriefCommand(command[1] ?? '', ctx));
      else if (/^(help|\?)$/i.test(text)) show(await runBriefCommand('help', ctx));
      else if (currentArticle === undefined)
        show(noticeReply('Brief a story first, e.g. `/brief flynn`; then ask questions about it.'));
      else show(await answerThreadQuestion(currentArticle, text, ctx));
    } catch (error) {
      logger.error({ err: error, line: text.slice(0, 200) }, 'console command failed');
      show(errorReply('Sorry, that failed. The details are in the log.'));
    }
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
    focus: (articleId) => {
      currentArticle = articleId;
    },
    done,
    close: () => lines.close(),
  };
}
