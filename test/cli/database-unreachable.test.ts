import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-dburl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('says in one line, without the password, that PostgreSQL is unreachable, and creates no SQLite file', async () => {
  const sqlite = join(dir, 'newsbrief.db');
  for (const command of [['brief', 'ferry'], ['start'], ['list']]) {
    const io = captureIo({
      NEWSBRIEF_DB: sqlite,
      // Port 1 on loopback: nothing listens there, so the connection is refused at once.
      NEWSBRIEF_DATABASE_URL: 'postgres://newsbrief:secret-password@127.0.0.1:1/newsbrief',
    });
    expect(await runCli(command, io), command.join(' ')).toBe(2);
    expect(io.err()).toMatch(/cannot reach PostgreSQL at postgres:\/\/newsbrief@127\.0\.0\.1:1\/newsbrief/);
    expect(io.err()).toContain('NEWSBRIEF_DATABASE_URL');
    expect(io.err()).not.toContain('secret-password');
    expect(io.err().trim().split('\n')).toHaveLength(1);
  }
  expect(existsSync(sqlite)).toBe(false);
});

it('names a database URL that is not PostgreSQL as a setting to fix, without its value', async () => {
  const io = captureIo({ NEWSBRIEF_DATABASE_URL: 'mysql://root:hunter2@db/newsbrief' });
  expect(await runCli(['list'], io)).toBe(2);
  expect(io.err()).toMatch(/NEWSBRIEF_DATABASE_URL: must start with postgres:\/\//);
  expect(io.err()).not.toContain('hunter2');
});
