import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

// Session 41: `ingest` read a front matter's time with no zone in whatever NEWSBRIEF_TZ the process's own environment
// held, not in the setting the CLI's config read at start (its env, with .env), so a zone given the CLI the way every
// other setting is given went unused. The zone now travels from the config to the file parser in the worker pool.
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-zone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storedTimes(db: string): string[] {
  const open = new Database(db, { readonly: true });
  try {
    return (open.prepare('SELECT published_at FROM articles ORDER BY id').all() as Array<{ published_at: string }>).map(
      (row) => row.published_at,
    );
  } finally {
    open.close();
  }
}

function pierStory(date: string): string {
  const file = join(dir, `pier-${date.replace(/\W/g, '')}.md`);
  // The date in the copy too, so each file is its own story (the same text would be stored once).
  const body = `The pier at Elmouth shuts for repairs from ${date}, the harbour board said, and will open in May.`;
  writeFileSync(file, ['---', 'title: Elmouth pier shuts', `date: ${date}`, '---', '', body, '', body].join('\n'));
  return file;
}

it('ingest reads a front matter time with no zone in the NEWSBRIEF_TZ its config holds', async () => {
  const db = join(dir, 'berlin.db');
  const io = captureIo({ NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'silent', NEWSBRIEF_TZ: 'Europe/Berlin' });
  expect(process.env.NEWSBRIEF_TZ).toBeUndefined();
  expect(await runCli(['ingest', pierStory('30/11/2026 14:00')], io)).toBe(0);
  expect(storedTimes(db)).toEqual(['2026-11-30T13:00:00.000Z']);
}, 60_000);

it('control (same on main): with no NEWSBRIEF_TZ the time is UTC, and a written zone is kept', async () => {
  const db = join(dir, 'utc.db');
  const io = captureIo({ NEWSBRIEF_DB: db, NEWSBRIEF_LOG_LEVEL: 'silent' });
  expect(await runCli(['ingest', pierStory('29/11/2026 14:00'), pierStory('2026-11-28T14:00:00+01:00')], io)).toBe(0);
  expect(storedTimes(db)).toEqual(['2026-11-29T14:00:00.000Z', '2026-11-28T13:00:00.000Z']);
}, 60_000);
