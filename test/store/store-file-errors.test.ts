import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';

const BIN = BUILT_CLI;
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-dbfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newsbrief(args: string[], db: string, uid?: number) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NEWSBRIEF_DB: db },
    encoding: 'utf8',
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The samples ingested once into a good database (a CLI run of a few seconds), copied where needed. */
function ingestedSamples(): string {
  const good = join(dir, 'good.db');
  if (!existsSync(good)) expect(newsbrief(['ingest', 'samples'], good).code).toBe(0);
  return good;
}

describe('an unusable database file', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    [
      'random bytes',
      () => {
        const path = join(dir, 'random.db');
        writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
        return path;
      },
      /not an SQLite database/,
    ],
    [
      'a truncated database',
      () => {
        const path = join(dir, 'truncated.db');
        writeFileSync(path, readFileSync(ingestedSamples()).subarray(0, 20_000));
        return path;
      },
      /damaged/,
    ],
    [
      'a folder',
      () => {
        const path = join(dir, 'a-folder.db');
        mkdirSync(path);
        return path;
      },
      /is a folder/,
    ],
    [
      'a file as its parent folder',
      () => {
        const parent = join(dir, 'not-a-folder');
        writeFileSync(parent, 'x');
        return join(parent, 'newsbrief.db');
      },
      /not-a-folder is a file/,
    ],
  ];

  for (const [name, make, problem] of cases) {
    it(`is one line naming the file, exit 2: ${name}`, () => {
      const path = make();
      const run = newsbrief(['brief', 'ferry'], path);
      expect(run.code).toBe(2);
      expect(run.err).toContain(path);
      expect(run.err).toMatch(problem);
      expect(run.err.trim().split('\n')).toHaveLength(1);
      expect(run.err).not.toMatch(/\n\s+at /);
    });
  }
});

/** A read-only copy of the samples' store in a folder of its own, and the user to run as. */
function readOnlyStore(name: string): { path: string; uid: number | undefined } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, 'newsbrief.db');
  copyFileSync(ingestedSamples(), path);
  chmodSync(path, 0o444);
  // The folder stays writable (SQLite keeps its -shm file there); root ignores file modes, so
  // as root the commands run as an unprivileged user.
  chmodSync(dir, 0o755);
  chmodSync(folder, 0o777);
  return { path, uid: process.getuid?.() === 0 ? 65534 : undefined };
}

describe('a read-only database file', () => {
  it('still briefs (without caching) and says why a write fails', () => {
    const { path, uid } = readOnlyStore('read-only');

    const brief = newsbrief(['brief', 'ferry'], path, uid);
    expect(brief.err).toBe('');
    expect(brief.code).toBe(0);
    expect(brief.out).toMatch(/ferry/i);

    const write = newsbrief(['ingest', 'README.md'], path, uid);
    expect(write.code).not.toBe(0);
    expect(write.out + write.err).toMatch(/readonly|read-only/);
  });
});

// ux37 (session 36): ingest on a read-only file said "the store is unavailable … run the same
// command again" (exit 75), and `start` ran a bot that stored nothing and left thread questions
// unanswered. No wait makes the file writable: both now refuse it up front in one line, exit 2.
describe('a read-only database file, for a command that writes', () => {
  it('ingest and start refuse it in one line naming the file and the fix; list still reads it', () => {
    const { path, uid } = readOnlyStore('read-only-writers');

    for (const args of [['ingest', 'README.md'], ['start']]) {
      const run = newsbrief(args, path, uid);
      expect(run.code).toBe(2);
      expect(run.err.trim().split('\n')).toHaveLength(1);
      expect(run.err).toContain(`Cannot use the database file ${path}: it is read-only`);
      expect(run.err).toContain('set NEWSBRIEF_DB to a writable file');
      expect(run.err + run.out).not.toMatch(/again|later|unavailable/);
    }
    const json = newsbrief(['ingest', 'README.md', '--json'], path, uid);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ code: 'store' });

    const list = newsbrief(['list'], path, uid);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/ferry/i);
  });
});
