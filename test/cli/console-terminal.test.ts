import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { createLogger, silentLogger } from '../../src/logging/create-logger';
import { createConsoleLogStream } from '../../src/platforms/console/console-log-stream';
import { startConsoleChat } from '../../src/platforms/console/start-console-chat';
import { projectPath } from '../../src/project-path';
import { fakeTerminal } from '../support/fake-terminal';
import { makeTestApp, type TestApp } from '../support/make-test-app';

const SAMPLES = readdirSync(projectPath('samples')).map((f) => projectPath('samples', f));
const ARTICLE = [
  'Bridge inspectors close the old river crossing',
  '',
  'The county closed the old river bridge on Monday after inspectors found cracks in two of its supports, officials said.',
  '',
  '"We will not reopen it until we are sure it is safe," said county engineer Maria Lopez. Repairs could take six months.',
];

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

async function app(): Promise<TestApp> {
  const t = await makeTestApp({ articles: SAMPLES });
  cleanup.push(() => t.close());
  return t;
}

describe('console chat in a terminal (real readline)', () => {
  it('edits lines and recalls history with the Up arrow', async () => {
    const t = await app();
    const term = fakeTerminal();
    const chat = startConsoleChat({
      app: t.app,
      input: term.input,
      output: term.output,
      logger: silentLogger(),
      interactive: true,
    });
    await term.waitFor(/> /);
    // A typo fixed with Backspace, then Enter.
    term.input.write('/brief ferrx\x7fy\r');
    await term.waitFor(/Key quotes/);
    const mark = term.screen().length;
    term.input.write('\x1b[A'); // Up: the last line comes back, not "^[[A"
    term.input.write('\r');
    await term.waitFor(/Key quotes/, mark);
    expect(term.screen()).not.toContain('^[[A');
    expect(term.screen().match(/== Harbour council delays vote/g)).toHaveLength(2);
    term.input.write('\x03'); // Ctrl-C leaves
    await chat.done;
  });

  it('stores a multi-paragraph article pasted after /brief add (bracketed paste)', async () => {
    const t = await app();
    const term = fakeTerminal();
    const chat = startConsoleChat({
      app: t.app,
      input: term.input,
      output: term.output,
      logger: silentLogger(),
      interactive: true,
    });
    expect(term.screen()).toContain('\x1b[?2004h'); // asks the terminal to mark pastes
    term.input.write(`/brief add \x1b[200~${ARTICLE.join('\n')}\x1b[201~\r`);
    await term.waitFor(/Added: “Bridge inspectors close the old river crossing” \(#4\)/);
    expect((await t.store.articles.get(4))?.text).toContain('supports, officials said.\n\n"We will not reopen it');
    // Nothing of the paste was taken as a question.
    expect(term.screen()).not.toMatch(/Brief a story first|The article doesn't say/);
    term.input.end();
    await chat.done;
  });

  it('shows the start-up line, then the first-run banner, then the prompt; warnings as sentences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-console-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const term = fakeTerminal();
    const io: CliIo = {
      stdin: term.input,
      stdout: term.output,
      stderr: term.output, // one screen, so the order is what a person sees
      env: { NEWSBRIEF_DB: join(dir, 'newsbrief.db') },
      interactive: true,
      bundledWorker: true,
    };
    const running = runCli(['start'], io);
    await term.waitFor(/> /);
    const screen = term.screen();
    const order = ['newsbrief: database', 'First run: stored 3 sample stories', '#1 Harbour council', '> '].map((s) =>
      screen.indexOf(s),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(screen).toContain('Try: /brief ferry');
    expect(screen).not.toMatch(/\{"level"/);
    term.input.write('/brief help\r');
    await term.waitFor(/e\.g\. \/brief ferry/);
    term.input.write('quit\r');
    expect(await running).toBe(0);

    const lines: string[] = [];
    const logger = createLogger({
      level: 'warn',
      destination: createConsoleLogStream({ write: (s: string) => lines.push(s) } as never),
    });
    logger.warn({ err: new Error('timed out'), feed: 'x' }, 'feed poll failed');
    expect(lines).toEqual(['newsbrief warning: feed poll failed (timed out)\n']);
  });
});

/** The console chat reading lines from a pipe; what it wrote once input ended. */
async function fromPipe(t: TestApp, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += String(d)));
  const chat = startConsoleChat({ app: t.app, input, output, logger: silentLogger(), interactive: false });
  input.end([...lines, ''].join('\n'));
  await chat.done;
  return out;
}

describe('console chat from a pipe', () => {
  it('echoes each question before its answer and takes a multi-line article after a bare /brief add', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief ferry', 'who chairs the finance committee?', '/brief add', ...ARTICLE, '.']);
    const brief = out.indexOf('> /brief ferry');
    const question = out.indexOf('> who chairs the finance committee?');
    expect(brief, out.slice(0, 300)).toBe(0);
    expect(out.indexOf('Key quotes')).toBeGreaterThan(brief);
    expect(question).toBeGreaterThan(out.indexOf('Key quotes'));
    expect(out.slice(question)).toMatch(/Helen Marsh/);
    expect(out).toMatch(/> \/brief add Bridge inspectors close the old river crossing … \(5 lines\)\nAdded: /);
    expect((await t.store.articles.get(4))?.text).toContain('\n\n"We will not reopen it');
  });

  it('asks a question after /brief add about the article just added, not the last one briefed', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief ferry', '/brief add', ...ARTICLE, '.', 'who is the county engineer?']);
    expect(out).toMatch(/Added: “Bridge inspectors close the old river crossing” \(#4\) Reply in this thread/);
    const answer = out.slice(out.indexOf('> who is the county engineer?'));
    expect(answer).toMatch(/Maria Lopez/);
    expect(answer).not.toMatch(/doesn't say/);
  });

  it('leaves notes that are not questions unanswered, with a short hint, as a thread on the platforms would', async () => {
    const t = await app();
    const notes = ['thanks', 'ok', 'worth a call tomorrow', '@sam can you take this'];
    const out = await fromPipe(t, ['/brief ferry', ...notes, 'who chairs the finance committee?']);
    for (const [i, note] of notes.entries()) {
      const start = out.indexOf(`> ${note}\n`);
      const after = out.slice(start, out.indexOf('\n> ', start + 1));
      expect(after, note).toContain('Not taken as a question, so no answer');
      expect(after, note).not.toMatch(/doesn't say|does not say/);
      expect(start, note).toBeGreaterThan(i === 0 ? out.indexOf('Key quotes') : out.indexOf(`> ${notes[i - 1]}\n`));
    }
    // A question to a colleague is not told to end with "?": it does.
    const named = await fromPipe(t, ['/brief ferry', '@sam can you take this?', 'Sam, who chairs the committee?']);
    for (const note of ['@sam can you take this?', 'Sam, who chairs the committee?']) {
      const after = named.slice(named.indexOf(`> ${note}\n`));
      expect(after, note).toMatch(/^> .*\nThat reads as a note to someone else, so no answer/);
    }
    // Chit-chat ending in "?" names nobody: not told it is a note to someone else.
    const chat = await fromPipe(t, ['/brief ferry', 'lol?', 'ok?', 'who chairs the finance committee?']);
    for (const note of ['lol?', 'ok?']) {
      const after = chat.slice(chat.indexOf(`> ${note}\n`));
      expect(after, note).toMatch(/^> .*\nThat reads as chit-chat, not a question about the story, so no answer/);
    }
    expect(chat.slice(chat.indexOf('> who chairs'))).toMatch(/Helen Marsh/);
    // A question is still answered, and a mistyped command is named as one.
    expect(out.slice(out.indexOf('> who chairs'))).toMatch(/Helen Marsh/);
    const typo = await fromPipe(t, ['/brief ferry', '/breif ferry']);
    expect(typo.slice(typo.indexOf('> /breif ferry'))).toMatch(/“\/breif” is not a command/);
  });

  it('answers a question about the bot with the help: the whole help before a brief, a short form after one', async () => {
    const t = await app();
    const out = await fromPipe(t, ['what can you do?', '/brief ferry', 'how do I use you?']);
    const before = out.slice(0, out.indexOf('> /brief ferry'));
    expect(before).toContain('/brief follow');
    const after = out.slice(out.indexOf('> how do I use you?'));
    expect(after).toContain('story #1');
    expect(after).toContain('/brief help');
    expect(after).not.toMatch(/doesn't say|does not say/);
  });

  it('names a mistyped /brief as a command with the one meant, before a brief as after one', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/breif list', '/brief ferry', '/bief ferry', '/topic ferry']);
    const first = out.slice(0, out.indexOf('> /brief ferry'));
    expect(first).toContain('“/breif” is not a command. Did you mean /brief list?');
    expect(first).not.toContain('Brief a story first');
    expect(out.slice(out.indexOf('> /bief ferry'))).toContain('Did you mean /brief ferry?');
    // Nothing like /brief: no guess, only where the commands are.
    const other = out.slice(out.indexOf('> /topic ferry'));
    expect(other).toContain('“/topic” is not a command');
    expect(other).not.toContain('Did you mean');
  });

  it('takes "@newsbrief …" as said to the bot, and a blank article ended by its dot as nothing typed', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief ferry', '@newsbrief help', '@NewsBrief, who chairs the finance committee?']);
    expect(out.slice(out.indexOf('> @newsbrief help'))).toMatch(/^> .*\n== newsbrief — story briefings/);
    expect(out.slice(out.indexOf('> @NewsBrief, who'))).toMatch(/Helen Marsh/);
    const blank = await fromPipe(t, ['/brief add', '   ', '.']);
    expect(blank).toContain('Nothing was typed after /brief add, so nothing was added.');
    expect(blank).not.toContain('Paste an article, or a link to it');
  });

  it('ends an article at a command typed where the closing dot was forgotten, and runs the command', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief add', ...ARTICLE, '/brief list']);
    expect(out).toMatch(/> \/brief add Bridge inspectors close the old river crossing … \(5 lines\)\nAdded: /);
    expect((await t.store.articles.get(4))?.text).not.toContain('/brief list');
    expect(out.slice(out.indexOf('Added: '))).toMatch(/\n> \/brief list\n== Recent stories \(4 of 4\) ==/);
    // A command right after a bare /brief add: nothing is stored, the command still runs.
    const empty = await fromPipe(t, ['/brief add', '/brief list', '/brief add', 'quit', '/brief ferry']);
    expect(empty).toContain('Nothing was typed after /brief add, so nothing was added.\n> /brief list\n');
    expect(empty).not.toContain('/brief ferry');
    expect(await t.store.articles.count()).toBe(4);
  });

  // ux34: in a pipe, "Paste or type the article" came with no echo before it, ahead of the article's own echo.
  it('reads in order after a bare /brief add in a pipe: no typing instruction, an empty one echoed before its note', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief list', '/brief add', ...ARTICLE, '.']);
    expect(out).not.toContain('Paste or type the article');
    expect(out).toMatch(
      /\n-- Brief one with \/brief #<id>\n> \/brief add Bridge inspectors close the old river crossing … \(5 lines\)\nAdded: /,
    );
    const blank = await fromPipe(t, ['/brief add', '.']);
    expect(blank).toBe('> /brief add\nNothing was typed after /brief add, so nothing was added.\n');
  });

  it('echoes the start of a very long line, with its length, not the whole of it', async () => {
    const t = await app();
    const question = `${'who '.repeat(1250)}?`;
    const out = await fromPipe(t, ['/brief ferry', question]);
    expect(out).toContain(`\n> ${'who '.repeat(50).trimEnd()} … (5,001 characters)\n`);
    expect(out.length).toBeLessThan(question.length);
  });

  it('stops at quit: lines after it are neither answered nor acted on', async () => {
    const t = await app();
    const out = await fromPipe(t, ['/brief list', 'quit', '/brief add', ...ARTICLE, '.', '/brief ferry']);
    expect(out).toMatch(/^> \/brief list\n/);
    expect(out).not.toContain('/brief ferry');
    expect(out).not.toContain('Paste or type the article');
    expect(await t.store.articles.count()).toBe(3);
  });
});
