import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
  NEWSBRIEF_LOG_LEVEL: 'warn',
};

/**
 * Runs the built CLI with a reader that has gone before the first line (`| head -0`, the worst
 * case of `| head -1`): every write to stdout (and with `stderr`, to stderr too, as `2>&1 | head`)
 * finds a closed pipe. Resolves with the exit code and whatever stderr said while it was open.
 */
async function runWithClosedStdout(
  args: string[],
  options: { stderr?: 'closed' } = {},
): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  if (options.stderr === 'closed') child.stderr.destroy();
  let err = '';
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, err };
}

/**
 * Short invented stories, each its own (the town differs), so each is stored as its own story. Short on purpose:
 * the closed pipe is what is tested, and the samples (1–1.4 KB each) cost a worker restart every two or three
 * articles (their analysis leaves the worker's heap past the pool's recycling bar), so 51 of them took 23 s of a
 * 30 s budget under load. Ids name the towns, so `more` (below) adds only its new ones.
 */
function writeArticles(folder: string, count: number): number {
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < count; n++) {
    const town = `Town ${n + 1}`;
    writeFileSync(
      join(folder, `${String(n).padStart(2, '0')}-ferry.txt`),
      [
        `${town} ferry timetable changes in spring`,
        '',
        `The ferry that serves ${town} will sail twice a day from March, the harbour board said on Tuesday.`,
        '',
        `"We have listened to the people who use it every morning," said Ann Ode, who chairs the board in ${town}.`,
        '',
        `The board said the new timetable would be reviewed after six months of sailings and a public meeting.`,
      ].join('\n'),
    );
  }
  return count;
}

function storedStories(): number {
  const db = new Database(env.NEWSBRIEF_DB!, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

it('ingest whose reader goes away still stores every article and exits with its usual code, quietly', async () => {
  const folder = join(dir, 'articles');
  // More than 20 files, so ingest also writes progress lines to stderr.
  const count = writeArticles(folder, 24);
  const missing = join(dir, 'missing.txt');
  const { code, err } = await runWithClosedStdout(['ingest', folder, missing]);
  expect(storedStories()).toBe(count);
  // The missing file makes it exit 1, as it does with a reader: the closed pipe changes nothing.
  expect(code).toBe(1);
  expect(err).toMatch(/ingest: 24\/25 files/);
  expect(err).not.toMatch(/EPIPE|at .*\.js:\d+/);

  // `2>&1 | head -1`: the progress lines find the pipe closed too.
  const more = join(dir, 'more');
  writeArticles(more, 27);
  const both = await runWithClosedStdout(['ingest', more], { stderr: 'closed' });
  expect(both.code).toBe(0);
  expect(storedStories()).toBe(count + 3);

  // Every line of `list` and `--json` goes nowhere too, and that is not a failure.
  for (const args of [['list', '--limit', '100'], ['ingest', folder, '--json'], ['schedules']]) {
    const run = await runWithClosedStdout(args);
    expect({ args, code: run.code }).toEqual({ args, code: 0 });
    expect(run.err).not.toMatch(/EPIPE|at .*\.js:\d+/);
  }
});

it('analyze whose reader went before the first line stops there, quietly: it stores nothing to finish', async () => {
  const folder = join(dir, 'to-analyze');
  writeArticles(folder, 3);
  // Sorted last: analyze would report it (on stderr, exit 1) if it went on after its reader left.
  writeFileSync(join(folder, 'z-stub.txt'), 'Too short to be an article.');
  const { code, err } = await runWithClosedStdout(['analyze', folder]);
  expect(err).not.toMatch(/EPIPE|at .*\.js:\d+/);
  expect(err).not.toContain('z-stub.txt');
  expect(code).toBe(0);
  // The check can fail: with a reader, the stub is reported and the exit code is 1.
  const child = spawnSync(process.execPath, [BUILT_CLI, 'analyze', folder], { env, encoding: 'utf8' });
  expect(child.stderr).toMatch(/z-stub\.txt: .*200/);
  expect(child.status).toBe(1);
});
