import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux38 (session 37): a Chinese or Japanese keyboard in its full-width mode types a story id as
// "＃１２" (session 36 read its full-width slash). The id was searched as words ("No stored story
// matches “＃１”"), `delete ＃３` was "not a story id", and `/brief follow ＃１` followed nothing.
// Full-width digits, "#" and brackets now read as the id they are; other text is searched as typed.
const { cli, dir } = tempStoreCli('newsbrief-full-width-ids-', pool);

const samples = `${import.meta.dirname}/../../samples`;

it('brief, ask and delete at a shell read ＃１ and １ as story ids', async () => {
  expect((await cli(['ingest', samples])).code).toBe(0);
  const brief = await cli(['brief', '＃１']);
  expect(brief.code).toBe(0);
  expect(brief.out).toMatch(/^== Harbour council delays vote on ferry contract/);
  expect((await cli(['brief', '（１）'])).out).toMatch(/^== Harbour council delays vote on ferry contract/);
  const asked = await cli(['ask', '＃２', 'when is the budget set?']);
  expect(asked.out).toContain('3 March');
  const deleted = await cli(['delete', '＃３']);
  expect(deleted.code).toBe(0);
  expect(deleted.out).toContain('Deleted #3');
});

it('the console runs /brief follow ＃１ and /brief ＃１ <question> on story 1', async () => {
  const io = captureIo(
    { NEWSBRIEF_DB: `${dir()}/newsbrief.db`, NEWSBRIEF_LOG_LEVEL: 'silent' },
    ['/brief ＃２', '/brief follow ＃１ 09:00', '/brief ＃１ who chairs the finance committee?'],
    pool,
  );
  expect(await runCli(['start'], io)).toBe(0);
  const out = io.out();
  expect(out).toContain('== City libraries to close on Sundays');
  expect(out).toContain('Following here, daily at 09:00 UTC: “Harbour council delays vote');
  expect(out).toContain('said Councillor Helen Marsh, who chairs the finance committee.');
});

it('control (same on main): ASCII ids, and a missing id is named as missing', async () => {
  expect((await cli(['ingest', samples])).code).toBe(0);
  expect((await cli(['brief', '#1'])).out).toMatch(/^== Harbour council delays vote on ferry contract/);
  const missing = await cli(['delete', '7']);
  expect(missing.code).toBe(1);
  expect(missing.out + missing.err).toContain('There is no story #7.');
});
