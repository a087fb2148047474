import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { BUILT_CLI } from '../support/build-cli';
import { captureIo } from '../support/capture-io';
import { ingestedStore } from '../support/ingested-store';
import { FLYNN_SAMPLE } from '../support/make-test-app';

// Each test starts from the store `newsbrief ingest` makes of the Flynn sample, ingested once.
const storedFlynn = ingestedStore([FLYNN_SAMPLE]);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-transfer-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], db = join(dir, 'newsbrief.db')) {
  const io = captureIo({ NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'silent' });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

it('export and import name a file they cannot use in words, exit 1, and leave the stores alone', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const folder = join(dir, 'exports');
  mkdirSync(folder);

  const noFolder = await cli(['export', join(dir, 'missing', 'newsroom.jsonl')]);
  expect(noFolder).toMatchObject({ code: 1, out: '' });
  expect(noFolder.err).toBe(`${join(dir, 'missing', 'newsroom.jsonl')}: cannot write it: no such file or folder\n`);
  const intoFolder = await cli(['export', folder]);
  expect(intoFolder).toMatchObject({ code: 1, err: `${folder}: cannot write it: that is a folder, not a file\n` });

  // A folder given to import was an uncaught stream error that ended the process with a trace.
  const target = join(dir, 'target.db');
  const fromFolder = await cli(['import', folder, '--to', target]);
  expect(fromFolder).toMatchObject({ code: 1, err: `import refused: ${folder} is not a file\n` });
  const missing = await cli(['import', join(folder, 'nope.jsonl'), '--to', target]);
  expect(missing).toMatchObject({
    code: 1,
    err: `${join(folder, 'nope.jsonl')}: cannot read it: no such file or folder\n`,
  });
  expect(existsSync(target)).toBe(false);
  expect((await cli(['list'])).out).toMatch(/#1 .*Flynn/);
});

it('export never replaces a file unless told to (--force), and a failed export leaves the old file whole', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const file = join(dir, 'newsroom.jsonl');
  writeFileSync(file, 'an editor’s own notes\n');

  const refused = await cli(['export', file]);
  expect(refused.code).toBe(2);
  expect(refused.out).toBe('');
  expect(refused.err).toMatch(/already exists/);
  expect(refused.err).toContain('--force');
  expect(readFileSync(file, 'utf8')).toBe('an editor’s own notes\n');

  // With --force, a source that cannot be read fails before anything replaces the file.
  const notADatabase = join(dir, 'notes.db');
  writeFileSync(notADatabase, 'not a database');
  const failed = await cli(['export', file, '--force', '--from', notADatabase]);
  expect(failed.code).toBe(2);
  expect(readFileSync(file, 'utf8')).toBe('an editor’s own notes\n');
  expect(readdirSync(dir).sort()).toEqual(['newsbrief.db', 'newsroom.jsonl', 'notes.db']);

  const forced = await cli(['export', file, '--force']);
  expect(forced).toMatchObject({ code: 0, err: '' });
  expect(readFileSync(file, 'utf8')).toMatch(/^\{"format":"newsbrief-export"[^\n]*\n[\s\S]*"end":true/);
  expect(readdirSync(dir).sort()).toEqual(['newsbrief.db', 'newsroom.jsonl', 'notes.db']);
});

it('a failed export closes the file it opened (none left for the garbage collector)', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const file = join(dir, 'newsroom.jsonl');
  writeFileSync(file, 'an editor’s own notes\n');
  const notADatabase = join(dir, 'notes.db');
  writeFileSync(notADatabase, 'not a database');
  // The descriptors this process holds pointing into the test's folder, read from the kernel.
  const openHere = () =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(join('/proc/self/fd', fd)).startsWith(dir);
      } catch {
        return false;
      }
    }).length;
  const failed = await cli(['export', file, '--force', '--from', notADatabase]);
  expect(failed.code).toBe(2);
  expect(openHere()).toBe(0);
});

it('export --force replaces the file a symlink points to, keeps its permissions, and leaves the link', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const real = join(dir, 'backup.jsonl');
  writeFileSync(real, 'old\n');
  chmodSync(real, 0o600);
  const linked = join(dir, 'latest.jsonl');
  symlinkSync(real, linked);

  expect((await cli(['export', linked, '--force'])).code).toBe(0);
  expect(lstatSync(linked).isSymbolicLink()).toBe(true);
  expect(readFileSync(real, 'utf8')).toMatch(/^\{"format":"newsbrief-export"/);
  expect(statSync(real).mode & 0o777).toBe(0o600);
  expect(readdirSync(dir).sort()).toEqual(['backup.jsonl', 'latest.jsonl', 'newsbrief.db']);
});

it.each(['/dev/stdout', '-'])(
  'export %s streams into a pipe, no --force needed, with the summary on stderr',
  async (target) => {
    storedFlynn(join(dir, 'newsbrief.db'));
    const run = spawnSync(process.execPath, [BUILT_CLI, 'export', target], {
      env: { ...process.env, NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'newsbrief-export' });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true });
    expect(run.stderr).toMatch(new RegExp(`^Exported .* to ${target}: `));
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  },
);

it('export into an existing named pipe writes through it (nothing there to replace)', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const fifo = join(dir, 'backup.fifo');
  const copy = join(dir, 'copy.jsonl');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const script = 'cat "$1" > "$2" & "$3" "$4" export "$1"; code=$?; wait; exit $code';
  const run = spawnSync('sh', ['-c', script, 'sh', fifo, copy, process.execPath, BUILT_CLI], {
    env: { ...process.env, NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  expect(run.stderr).toMatch(/^Exported .*\/backup\.fifo: /);
  expect(run.status).toBe(0);
  expect(readFileSync(copy, 'utf8')).toMatch(/^\{"format":"newsbrief-export"[\s\S]*"end":true/);
});

it('import into a store that holds data is a usage mistake: exit 2, saying where an import can go', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const file = join(dir, 'newsroom.jsonl');
  expect((await cli(['export', file])).code).toBe(0);

  const refused = await cli(['import', file]);
  expect(refused.code).toBe(2);
  expect(refused.out).toBe('');
  expect(refused.err).toMatch(/^import refused: the target store already holds data/);
  // What to do instead: an empty target, named with --to.
  expect(refused.err).toMatch(/--to <a new SQLite file/);

  // The same file into an empty store is fine: the refusal was about the target, not the file.
  const fresh = join(dir, 'fresh.db');
  expect((await cli(['import', file, '--to', fresh])).code).toBe(0);
  expect((await cli(['list'], fresh)).out).toMatch(/#1 .*Flynn/);
});

it('import - reads the export from standard input, so export - | import - moves a newsroom in one pipe', async () => {
  storedFlynn(join(dir, 'newsbrief.db'));
  const exported = await cli(['export', '-']);
  expect(exported.code).toBe(0);
  const io = captureIo({ NEWSBRIEF_DB: join(dir, 'unused.db'), NEWSBRIEF_LOG_LEVEL: 'silent' }, [
    ...exported.out.trimEnd().split('\n'),
  ]);
  const target = join(dir, 'copy.db');
  expect(await runCli(['import', '-', '--to', target], io)).toBe(0);
  expect(io.out()).toMatch(/^Imported standard input into .*copy\.db: 1 story, 1 story analysis/);
  expect((await cli(['list'], target)).out).toMatch(/#1 .*Flynn/);
  // From a terminal nothing is coming: said at once instead of waiting.
  const typed = { ...captureIo({ NEWSBRIEF_LOG_LEVEL: 'silent' }), interactive: true };
  expect(await runCli(['import', '-', '--to', join(dir, 'typed.db')], typed)).toBe(2);
  expect(typed.err()).toMatch(
    /^import - reads an export piped in, e\.g\. `newsbrief export - \| newsbrief import - --to copy\.db`\.\n/,
  );
  // Something that is not an export is refused, as a file would be.
  const junk = captureIo({ NEWSBRIEF_LOG_LEVEL: 'silent' }, ['hello']);
  expect(await runCli(['import', '-', '--to', join(dir, 'junk.db')], junk)).toBe(1);
  expect(junk.err()).toBe('import refused: line 1 of the export is not JSON\n');
});
