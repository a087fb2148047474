import { asciiCommandSlash } from '../../chat/ascii-command-slash';

const ADD_ALONE = /^\/?brief\s+add$/i;
export const QUIT = /^(quit|exit)$/i;
export const BOT_NAME = /^@newsbrief\b[\s,:;]*/i;
const COMMAND_OR_QUIT = /^(?:\/brief\b|(?:quit|exit)$)/i;

interface ConsoleInputOptions {
  interactive: boolean;
  output: NodeJS.WritableStream;
  /** Runs a message once those before it are answered. */
  submit: (text: string) => void;
  /** Runs a step once everything queued before it has run. */
  enqueue: (step: () => void) => void;
  prompt: () => void;
}

/**
 * The console's input lines made into messages. A multi-paragraph article reaches `/brief add` whole: pasted
 * (bracketed paste keeps a paste one message), or typed after a bare `/brief add` up to a line holding only a dot.
 */
export function createConsoleInput(options: ConsoleInputOptions) {
  const { interactive, output, submit, enqueue, prompt } = options;
  let pasting = false;
  let pasted: string[] = [];
  /** Lines of an article typed after a bare `/brief add`, until a lone ".". */
  let article: string[] | undefined;
  let quitting = false;

  /** Ends an article typed after a bare `/brief add`: stored, or said to be empty. */
  const endArticle = () => {
    if (!article) return;
    const text = article.join('\n');
    article = undefined;
    // A dot after nothing but blank lines adds nothing, as a dot at once does.
    if (text.trim()) return submit(`/brief add ${text}`);
    // A pipe has echoed nothing of it yet: the command, then why nothing happened.
    const said = `${interactive ? '' : '> /brief add\n'}Nothing was typed after /brief add, so nothing was added.\n`;
    enqueue(() => void output.write(said));
  };

  const onLine = (line: string) => {
    // Lines a pipe delivered after `quit` are already read: leaving means they are not run.
    if (quitting) return;
    if (pasting) {
      pasted.push(line);
      return;
    }
    const whole = pasted.length > 0 ? [...pasted, line].join('\n') : line;
    pasted = [];
    // The line as a command reads: "@newsbrief ／brief add" opens an article as "/brief add" does.
    const command = asciiCommandSlash(whole.trim().replace(BOT_NAME, ''));
    if (article) {
      const ended = whole.trim() === '.';
      // A command or `quit` typed where the dot was forgotten is not article text: the article
      // ends there (stored, as at the end of input) and the line runs as typed.
      if (!ended && !COMMAND_OR_QUIT.test(command)) {
        article.push(whole);
        prompt();
        return;
      }
      endArticle();
      if (ended) return;
    }
    if (QUIT.test(whole.trim())) quitting = true;
    if (ADD_ALONE.test(command)) {
      article = [];
      // Said to someone typing; a pipe's article follows anyway, and is echoed as one `/brief add` before its answer.
      if (interactive) {
        enqueue(() => void output.write('Paste or type the article; finish with a line holding only a dot (.).\n'));
        enqueue(prompt);
      }
      return;
    }
    submit(whole);
  };

  return {
    line: onLine,
    endArticle,
    /** Whether an article typed after a bare `/brief add` is being read (the prompt says so). */
    inArticle: () => article !== undefined,
    /** Bracketed paste: lines inside one paste are kept together as one message. */
    key: (name: string | undefined) => {
      if (name === 'paste-start') pasting = true;
      else if (name === 'paste-end') pasting = false;
    },
  };
}
