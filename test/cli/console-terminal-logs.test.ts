import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import { fakeTerminal } from '../support/fake-terminal';
import { useCleanups } from '../support/use-cleanups';

const cleanup = useCleanups();

describe('console chat logs (B-main-16)', () => {
  const LINK = '/brief add https://127.0.0.1:1/x';
  const tempDb = () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-console-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'newsbrief.db');
  };

  it('keeps a warning the reply already explains off the terminal, between the command and its reply', async () => {
    const term = fakeTerminal();
    const io: CliIo = {
      stdin: term.input,
      stdout: term.output,
      stderr: term.output, // one screen, so the order is what a person sees
      env: { NEWSBRIEF_DB: tempDb() },
      interactive: true,
      bundledWorker: true,
    };
    const running = runCli(['start'], io);
    await term.waitFor(/> /);
    const from = term.screen().length;
    term.input.write(`${LINK}\r`);
    await term.waitFor(/Could not add https:\/\/127\.0\.0\.1:1\/x/, from);
    term.input.write('quit\r');
    expect(await running).toBe(0);
    const after = term.screen().slice(from);
    expect(after).not.toMatch(/newsbrief warning|\{"level"/);
    expect(after).toMatch(/loopback/);
  });

  it('still writes the warning as a JSON line when stderr is not a terminal (piped, parseable)', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += String(d)));
    stdout.resume();
    const stdin = new PassThrough();
    const io: CliIo = {
      stdin,
      stdout,
      stderr,
      env: { NEWSBRIEF_DB: tempDb() },
      interactive: false,
      bundledWorker: true,
    };
    const running = runCli(['start'], io);
    stdin.end(`${LINK}\nquit\n`);
    expect(await running).toBe(0);
    const logged = err
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(logged.some((entry) => entry.level === 40 && /could not add/.test(entry.msg))).toBe(true);
  });
});
