import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { asksAboutBot } from '../../../commands/asks-about-bot';
import { briefCommand } from '../../../commands/brief';
import { routeBriefCommand } from '../../../commands/index';
import { notACommand } from '../../../commands/not-a-command';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { cmd, noticeReply, type Reply } from '../../app/reply';
import { asciiCommandSlash } from '../../chat/ascii-command-slash';
import type { ChatTurn, TurnResponder } from '../../chat/chat-turn';
import { dispatchChatTurn } from '../../chat/dispatch-chat-turn';
import { BOT_NAME, createConsoleInput, QUIT } from './console-input';
import { CONSOLE_CHANNEL, consoleThread } from './console-poster';
import { renderConsoleReply } from './render-console-reply';
import { terminalSafeText } from './terminal-safe-text';

export interface ConsoleChatOptions {
  app: NewsbriefApp;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
  /**
   * An interactive terminal: line editing, history, a prompt and bracketed paste. Otherwise (a
   * pipe) each input line is echoed before its answer, so a transcript reads in order.
   */
  interactive: boolean;
  /** Shown once before the first prompt (e.g. the first-run banner naming the sample stories). */
  welcome?: string[];
  /** The terminal the console runs in (console-terminal.ts): a restart there goes on in its last brief's thread. */
  terminal?: string;
}

export interface ConsoleChat {
  /** Sends plain lines to this thread (a scheduled follow-up opened it). */
  focus(threadRef: string): void;
  /** Resolves when input ends (or `quit`) and every line has been answered. */
  done: Promise<void>;
  close(): void;
}

const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';

/**
 * The terminal platform: `/brief …` lines are commands, plain lines go to the last brief's thread,
 * answered when they are questions (the platforms' rule) and given a hint otherwise. Lines are handled strictly in order, so piped scripts get their answers in order.
 * How lines become messages (a paste, an article typed after a bare `/brief add`) is console-input.ts.
 */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { app, output, logger, interactive } = options;
  const rl = createInterface({
    input: options.input,
    ...(interactive
      ? { output, terminal: true, historySize: 500, removeHistoryDuplicates: true }
      : { terminal: false }),
  });
  // The terminal is one conversation: plain lines go to the thread of the last brief posted.
  let currentThread: string | undefined;
  let queue = Promise.resolve();
  // Unique per run, so threads linked in an earlier run are never mistaken for this one's.
  const session = Date.now().toString(36);
  const thread = consoleThread(options.terminal, `${session}.${randomUUID().slice(0, 8)}`);
  let posted = 0;
  let closed = false;
  /**
   * A `/brief <words>` that briefed no story ("There is no story #30") leaves plain lines with the story
   * briefed before it, which the user may no longer have in mind: the next reply there names it first.
   */
  let nameStory = false;
  /** The line naming the story, shown before the next reply (set for one thread turn). */
  let lead: string | undefined;
  let opened = false;

  /**
   * The lead goes on the first reply that answers from the story: a hint ("Not taken as a question") answers from
   * nothing, and the lead spent on it would leave the answer after it unnamed (review s35 B-ux35-3).
   */
  const show = (reply: Reply) => {
    const named = lead !== undefined && reply.kind === 'answer';
    output.write(`${named ? `${lead}\n` : ''}${renderConsoleReply(reply)}\n`);
    if (named) lead = undefined;
  };
  const responder: TurnResponder = {
    async post(reply) {
      show(reply);
      posted += 1;
      // A brief opens the console's thread (its link made again, so its kept questions start afresh).
      const ref = reply.threadArticleId !== undefined ? thread : `${CONSOLE_CHANNEL}:${session}:${posted}`;
      if (reply.threadArticleId !== undefined) {
        currentThread = ref;
        opened = true;
      }
      return { channelId: CONSOLE_CHANNEL, messageRef: ref, threadRef: ref };
    },
    postPrivately: async (reply) => {
      show(reply);
    },
    apology: () => 'Sorry, that failed. The details are in the log.',
    describeError: (error) => ({ message: error instanceof Error ? error.message : String(error) }),
  };
  const prompt = () => {
    if (!interactive || closed) return;
    rl.setPrompt(input.inArticle() ? '… ' : '> ');
    rl.prompt();
  };

  async function handle(raw: string): Promise<void> {
    const typed = raw.trim();
    if (!typed) return;
    if (QUIT.test(typed)) return void rl.close();
    // In a pipe nothing shows what was asked: echo it, so each answer follows its question.
    if (!interactive) output.write(`> ${echoOf(typed)}\n`);
    // "@newsbrief help", as typed on the platforms: everything here is said to the bot already.
    const text = asciiCommandSlash(typed.replace(BOT_NAME, '')) || 'help';
    logger.debug({ line: text.slice(0, 80) }, 'console line received');
    // Before any brief, a question about the bot ("what can you do?") has no thread to go to: the help.
    const help = /^(help|\?)$/i.test(text) || (currentThread === undefined && asksAboutBot(text));
    const command = /^\/?brief\b([\s\S]*)$/i.exec(text) ?? (help ? [text, 'help'] : null);
    if (!command && currentThread === undefined) {
      if (text.startsWith('/')) return void show(notACommand(text, false));
      show(noticeReply(['Brief a story first, e.g. ', cmd('', 'ferry'), '; then ask questions about it.']));
      return;
    }
    // A plain line goes to the brief's thread under the platforms' question rule: a note ("ok",
    // "worth a call tomorrow") is not answered as a question, only given a hint (one-to-one).
    const turn: ChatTurn = {
      platform: 'console',
      channelId: CONSOLE_CHANNEL,
      userId: 'console:user',
      eventKeys: [],
      text: command ? (command[1] ?? '') : text.replace(/\s+/g, ' '),
      ...(command
        ? { kind: 'command' as const }
        : { kind: 'thread' as const, threadRef: currentThread, oneToOne: true }),
      log: logger,
    };
    if (!command && nameStory) lead = await storyLead(app, currentThread);
    opened = false;
    await dispatchChatTurn(app, turn, responder);
    if (command) {
      // Only the story search: `/brief list` or `/brief help` leaves the thread as it was, and says so by itself.
      if (routeBriefCommand(command[1] ?? '').command === briefCommand) nameStory = !opened;
    } else if (lead === undefined) nameStory = false; // shown: once is enough
    lead = undefined;
  }
  // After a restart the thread of the last brief goes on, as a Slack or Discord thread does: plain lines are asked
  // there, and the first reply names its story.
  queue = queue.then(async () => {
    if (currentThread !== undefined || (await app.conversations.articleForThread(thread)) === undefined) return;
    currentThread = thread;
    nameStory = true;
  });
  const submit = (text: string) => {
    queue = queue.then(() => handle(text)).then(prompt);
  };
  const input = createConsoleInput({
    interactive,
    output,
    submit,
    enqueue: (step) => {
      queue = queue.then(step);
    },
    prompt,
  });

  if (interactive) {
    output.write(PASTE_ON);
    output.write(
      'newsbrief console: `/brief <words>` briefs a story, then ask questions about it; `/brief help`; `quit` to leave.\n',
    );
    for (const line of options.welcome ?? []) output.write(`${line}\n`);
    // Bracketed paste: lines inside one paste are kept together as one message.
    options.input.on('keypress', (_s: unknown, key: { name?: string } | undefined) => input.key(key?.name));
    // Raw mode turns Ctrl-C into a key, not a signal: leave as `quit` does.
    rl.on('SIGINT', () => rl.close());
    prompt();
  }
  rl.on('line', input.line);
  const done = new Promise<void>((resolve) =>
    rl.once('close', () => {
      closed = true;
      if (interactive) output.write(`\n${PASTE_OFF}`);
      // Input ended inside a multi-line article: store what was given rather than lose it, or
      // say that nothing was typed (Ctrl-D straight after a bare /brief add said nothing at all).
      input.endArticle();
      void queue.then(resolve);
    }),
  );
  return {
    focus: (threadRef) => {
      currentThread = threadRef;
      nameStory = false;
    },
    done,
    close: () => rl.close(),
  };
}

/** "From #1 “Harbour council …”, the story briefed last:" for the thread's story. */
async function storyLead(app: NewsbriefApp, threadRef: string | undefined): Promise<string | undefined> {
  const id = threadRef === undefined ? undefined : await app.conversations.articleForThread(threadRef);
  const title = id === undefined ? undefined : await app.storyTitle(id);
  return title === undefined ? undefined : `From #${id} “${terminalSafeText(title)}”, the story briefed last:`;
}

/** Longest first line echoed whole: a pasted 2 MB article is echoed as its start, not the whole. */
const ECHO_CHARS = 200;

/** The first line of what was sent, with a note of how long the rest is. */
function echoOf(text: string): string {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (first.length > ECHO_CHARS) {
    const start = first
      .slice(0, ECHO_CHARS)
      .replace(/[\uD800-\uDBFF]$/, '')
      .trimEnd();
    const size = `${text.length.toLocaleString('en-GB')} characters`;
    return `${start} … (${lines.length === 1 ? size : `${lines.length} lines, ${size}`})`;
  }
  return lines.length === 1 ? text : `${first} … (${lines.length} lines)`;
}
