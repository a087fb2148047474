import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { captureIo } from '../support/capture-io';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// A page title that clears the screen, renames the terminal window, rings the bell and reverses text.
const HOSTILE_TITLE = 'Ferry \u001b[2J\u001b]0;pwned\u0007contract \u202Edengis\u202C today';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is that none reaches the terminal.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u202A-\u202E\u2066-\u2069]/;

it('ingest, list, schedules and delete print a stored title without its terminal controls or bidi overrides', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-titles-'));
  dirs.push(dir);
  const file = join(dir, 'ferry.txt');
  writeFileSync(
    file,
    `${HOSTILE_TITLE}\n\nThe council voted on Tuesday to award the ferry contract to Harbour Lines, its leader said. ` +
      '“We have waited long enough,” said Anna Reyes, the council leader. Opposition members asked how much it would cost.\n',
  );
  const env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db') };
  const run = async (args: string[]) => {
    const io = captureIo(env);
    expect(await runCli(args, io), args.join(' ')).toBe(0);
    expect(io.out(), args.join(' ')).toMatch(/Ferry .*contract dengis today/);
    expect(io.out(), args.join(' ')).not.toMatch(UNSAFE);
  };
  await run(['ingest', file]);
  await run(['list']);
  const store = openAsyncSqliteStore({ path: env.NEWSBRIEF_DB });
  await store.schedules.create({ channelId: 'slack:C1', kind: 'follow', articleId: 1, time: '09:00', timezone: 'UTC' });
  await store.close();
  await run(['schedules']);
  await run(['delete', '1']);
});

it('ingest prints a hostile file name and 8-bit C1 controls safely too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-titles-'));
  dirs.push(dir);
  // A dropped file whose name retitles the terminal window, and a title with the 8-bit OSC form.
  const file = join(dir, 'ferry\u001b]0;pwned\u0007.txt');
  writeFileSync(
    file,
    'Ferry \u009d0;pwned\u009c contract signed\n\nThe council voted on Tuesday to award the ferry contract to Harbour Lines, ' +
      'its leader said. “We have waited long enough,” said Anna Reyes, the council leader. Opposition members asked ' +
      'how much it would cost.\n',
  );
  const io = captureIo({ NEWSBRIEF_DB: join(dir, 'newsbrief.db') });
  expect(await runCli(['ingest', file], io), io.out()).toBe(0);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is that none reaches the terminal.
  expect(io.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(io.out()).toMatch(/ferry\]0;pwned\.txt/);
});
