import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-dburl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses to run the bot or its commands on SQLite while a PostgreSQL URL is set', async () => {
  for (const command of [['brief', 'ferry'], ['start']]) {
    const io = captureIo({
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
      NEWSBRIEF_DATABASE_URL: 'postgres://newsbrief:secret-password@127.0.0.1:1/newsbrief',
    });
    expect(await runCli(command, io), command.join(' ')).toBe(2);
    expect(io.err()).toMatch(/NEWSBRIEF_DATABASE_URL is set.*still run on SQLite/);
    expect(io.err()).not.toContain('secret-password');
    expect(io.err().trim().split('\n')).toHaveLength(1);
  }
});
