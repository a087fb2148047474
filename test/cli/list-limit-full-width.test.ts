import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';

// Review B-r38-16: ids typed in full-width digits ("brief ３") worked, but "--limit ２" was refused: a user in a
// full-width keyboard mode types both.
let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-limit-width-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const io = captureIo(env, []);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

it('--limit takes full-width digits as it takes ASCII ones, and a page number is read the same', async () => {
  expect((await cli(['list', '--limit', '２'])).code).toBe(0);
  expect((await cli(['list', '--limit=１０'])).code).toBe(0);
  expect((await cli(['list', '２'])).err).toContain('newsbrief list --limit');
});

it('controls: a full-width zero, a word, or digits with letters are still refused', async () => {
  for (const value of ['０', 'ｘ', '２x'])
    expect(await cli(['list', '--limit', value])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--limit takes a whole number from 1 to 10000.'),
    });
});
