import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux38 (session 37): input ending (Ctrl-D, or a pipe's end) straight after a bare `/brief add`
// said nothing at all, and after blank lines ran "/brief add" with no text; a dot there already
// said "Nothing was typed after /brief add". The end of input now says the same.
const { dir } = tempStoreCli('newsbrief-add-at-end-', pool);

async function console(lines: string[]): Promise<string> {
  const io = captureIo({ NEWSBRIEF_DB: `${dir()}/newsbrief.db`, NEWSBRIEF_LOG_LEVEL: 'silent' }, lines, pool);
  expect(await runCli(['start'], io)).toBe(0);
  return io.out();
}

it('input ending after a bare /brief add, or after blank lines, says nothing was added', async () => {
  expect(await console(['/brief add'])).toMatch(
    /(?:^|\n)> \/brief add\nNothing was typed after \/brief add, so nothing was added\.\n$/,
  );
  const blank = await console(['/brief add', '   ', '']);
  expect(blank).toMatch(/(?:^|\n)> \/brief add\nNothing was typed after \/brief add, so nothing was added\.\n$/);
  expect(blank).not.toContain('Paste an article');
});

it('control (same on main): an article ended by the input is stored', async () => {
  const out = await console([
    '/brief add',
    'Quarry lorries to use the bypass',
    '',
    'Lorries leaving the Hollins quarry will use the new bypass from March, the county said on Tuesday.',
    'The parish council had asked for the change after two years of complaints about dust and noise.',
  ]);
  expect(out).toContain('Added: “Quarry lorries to use the bypass” (#4)');
});
