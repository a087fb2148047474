import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';

const BIN = BUILT_CLI;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('the real bot process seeds the samples, answers, and on SIGTERM finishes the command in flight and closes the store', async () => {
  const db = join(dir, 'newsbrief.db');
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: { PATH: process.env.PATH, NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'debug' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const logged = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (err.includes(text) ? resolve() : undefined);
      child.stderr.on('data', check);
      check();
      child.once('exit', () => reject(new Error(`exited before "${text}": ${err}`)));
    });
  await logged('newsbrief started');
  child.stdin.write('/brief libraries\n');
  // Stop as soon as the command is being handled: it must still be answered.
  await logged('console line received');
  child.kill('SIGTERM');

  expect(await exited).toBe(0);
  expect(out).toContain('City libraries to close on Sundays');
  expect(out).toContain('Key quotes');
  expect(err).toMatch(/"reason":"SIGTERM"/);
  expect(err).toContain('newsbrief stopped');

  // Closed cleanly: the WAL was checkpointed into a consistent database holding the samples.
  const check = new Database(db, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect((check.prepare('select count(*) as n from articles').get() as { n: number }).n).toBe(3);
  check.close();
});
