import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { describeIngest, ingestExitCode, summarizeIngest } from '../../src/cli/ingest-report';
import { ingestFiles } from '../../src/ingest/ingest-files';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const story = (title: string) =>
  `${title}\n\nThe harbour council delayed its vote on the ferry contract on Tuesday, officials said, after councillors asked about the cost of the new vessels. The operator said it would wait for the decision before ordering the second boat.`;

it('a file the store could not take is "not ingested, retry", apart from a bad file; exit 75 when only the store failed', async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ingest-busy-'));
  writeFileSync(join(dir, 'second.txt'), story('Ferry contract vote put off again'));
  // The store's own "database is locked" (another process held the write lock past the busy timeout): the file is fine.
  const { results } = await ingestFiles({
    paths: [join(dir, 'second.txt')],
    maxBytes: 1_000_000,
    ingest: async () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    },
  });
  const lines = results.map(describeIngest);
  expect(lines).toEqual([
    expect.stringMatching(
      /^NOT INGESTED \S*second\.txt: the store is unavailable \(could not analyse or store: database is locked\); the file is fine — run the same command again when the store is back$/,
    ),
  ]);
  expect(summarizeIngest(results)).toBe(
    '0 added or updated, 0 already stored, 0 skipped, 0 failed, 1 not ingested: the store is unavailable, retry the same command later',
  );
  expect(ingestExitCode(results)).toBe(75);
});

it('a bad file beside it still fails the run with exit 1 and its own FAILED line (control)', () => {
  const results = [
    { path: 'good.txt', ok: false, storeUnavailable: true, error: 'could not analyse or store: database is locked' },
    { path: 'empty.txt', ok: false, error: 'the file is empty' },
  ];
  expect(results.map(describeIngest)).toEqual([
    'NOT INGESTED good.txt: the store is unavailable (could not analyse or store: database is locked); the file is fine — run the same command again when the store is back',
    'FAILED  empty.txt: the file is empty',
  ]);
  expect(summarizeIngest(results)).toBe(
    '0 added or updated, 0 already stored, 0 skipped, 1 failed, 1 not ingested: the store is unavailable, retry the same command later',
  );
  expect(ingestExitCode(results)).toBe(1);
  expect(ingestExitCode([{ path: 'a.txt', ok: true, outcome: 'created' }])).toBe(0);
});
