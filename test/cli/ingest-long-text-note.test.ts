import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux33: a 2 MB file took many seconds to ingest with nothing on the screen; it now says what it is doing first.
const { cli, dir } = tempStoreCli('newsbrief-long-', pool);

/** Written prose, paragraph after paragraph, each a little different, to about `bytes` bytes. */
function longReport(bytes: number): string {
  const paragraphs = ['Harbour board minutes, the whole year'];
  for (let i = 0; paragraphs.join('\n\n').length < bytes; i++)
    paragraphs.push(
      `At meeting ${i + 1} the harbour board heard that berth ${(i % 40) + 1} needed repairs costing £${(i % 90) + 10},000, and the chair, Ruth Alder, said the work would start within ${(i % 11) + 2} weeks.`,
    );
  return `${paragraphs.join('\n\n')}\n`;
}

it('says on stderr that it is analysing a long file, before it does, and leaves stdout as it was', async () => {
  const file = join(dir(), 'harbour-minutes.txt');
  writeFileSync(file, longReport(540 * 1024));
  const { code, out, err } = await cli(['ingest', file, '--json']);
  expect(code).toBe(0);
  expect(err).toMatch(
    /^ingest: analysing .*harbour-minutes\.txt \(0\.5 MB\); a text this long takes several seconds$/m,
  );
  expect(JSON.parse(out.trim())).toMatchObject({ ok: true, outcome: 'created' });
}, 60_000);

it('control (same on main): an ordinary article gets no such line', async () => {
  const file = join(dir(), 'harbour-short.txt');
  writeFileSync(file, longReport(2_000));
  const { code, err } = await cli(['ingest', file]);
  expect(code).toBe(0);
  expect(err).toBe('');
});
