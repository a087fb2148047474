import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { tempStoreCli } from '../support/temp-store-cli';

// ux38 (session 37): export and import named database tables in their summary ("3 articles,
// 3 article_analyses, 1 thread_links, 1 schedules"). They now say what the newsroom moved.
const { cli, dir } = tempStoreCli('newsbrief-transfer-summary-');

it('export and import say what was moved in the newsroom’s words, not table names', async () => {
  const db = join(dir(), 'newsbrief.db');
  const chat = captureIo({ NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'silent' }, [
    '/brief ferry',
    '/brief follow ferry 08:30',
    '/brief resolve #1 1',
  ]);
  expect(await runCli(['start'], chat)).toBe(0);
  const file = join(dir(), 'newsroom.jsonl');
  const exported = await cli(['export', file]);
  expect(exported.code).toBe(0);
  const summary = /: (.*)$/m.exec(exported.out)![1]!;
  expect(summary).toMatch(/^3 stories, 3 story analyses, \d+ brief threads?, /);
  expect(summary).toContain('1 follow-up or digest');
  expect(summary).toContain('1 question marked answered');
  expect(summary).not.toMatch(/articles|_/);
  const imported = await cli(['import', file, '--to', join(dir(), 'copy.db')]);
  expect(imported.code).toBe(0);
  expect(imported.out).toContain(`: ${summary}\n`);
});

it('control (same on main): an empty store says so', async () => {
  const exported = await cli(['export', join(dir(), 'empty.jsonl')]);
  expect(exported.code).toBe(0);
  expect(exported.out).toMatch(/: nothing \(the store is empty\)$/m);
});
