import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { addArticleFromInput } from '../../src/app/add-article-from-input';
import { ingestLink } from '../../src/cli/ingest-link';
import { describeIngest, ingestExitCode, summarizeIngest } from '../../src/cli/ingest-report';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { silentLogger } from '../../src/logging/create-logger';
import type { NewArticle } from '../../src/store/article-repository';
import { parseInUtc } from '../support/parse-in-utc';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const story = (title: string) =>
  `${title}\n\nThe harbour council delayed its vote on the ferry contract on Tuesday, officials said, after councillors asked about the cost of the new vessels. The operator said it would wait for the decision before ordering the second boat.`;

/** Throws as the store would, with its error code. */
const failure = (message: string, code: string) => async (): Promise<never> => {
  throw Object.assign(new Error(message), { code });
};

/** `newsbrief ingest <file>` of one good story file, stored through `ingest`. */
async function oneFileThrough(name: string, ingest: () => Promise<never>) {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ingest-store-'));
  writeFileSync(join(dir, name), story('Ferry contract vote put off again'));
  return (await ingestFiles({ parse: parseInUtc, paths: [join(dir, name)], maxBytes: 1_000_000, ingest })).results;
}

it('a file the store could not take is "not ingested, retry", apart from a bad file; exit 75 when only the store failed', async () => {
  // The store's own "database is locked" (another process held the write lock past the busy timeout): the file is fine.
  const results = await oneFileThrough('second.txt', failure('database is locked', 'SQLITE_BUSY'));
  const lines = results.map((r) => describeIngest(r));
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
  expect(results.map((r) => describeIngest(r))).toEqual([
    'NOT INGESTED good.txt: the store is unavailable (could not analyse or store: database is locked); the file is fine — run the same command again when the store is back',
    'FAILED  empty.txt: the file is empty',
  ]);
  expect(summarizeIngest(results)).toBe(
    '0 added or updated, 0 already stored, 0 skipped, 1 failed, 1 not ingested: the store is unavailable, retry the same command later',
  );
  expect(ingestExitCode(results)).toBe(1);
  expect(ingestExitCode([{ path: 'a.txt', ok: true, outcome: 'created' }])).toBe(0);
});

/** `newsbrief ingest <link>` through the app's own add path, with the page fetched and the store failing as given. */
const linkThrough = (store: () => Promise<never>, fetched: () => Promise<NewArticle>) => ({
  addArticle: (input: string, addedBy: string, options?: { logFailure?: boolean }) =>
    addArticleFromInput(input, { addedBy, ingest: store, fetchArticle: fetched, logger: silentLogger(), ...options }),
});
const page = async (): Promise<NewArticle> => ({
  source: 'https://example.com/ferry',
  title: 'Ferry',
  text: story('Ferry'),
});

it('a link the store could not take is "NOT INGESTED … run again", exit 75, as a file is (it printed FAILED, exit 1)', async () => {
  const refused = failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
  const result = await ingestLink(linkThrough(refused, page), 'https://example.com/ferry');
  expect(describeIngest(result)).toBe(
    'NOT INGESTED https://example.com/ferry: the store is unavailable (connect ECONNREFUSED 127.0.0.1:5432); the link is fine — run the same command again when the store is back',
  );
  expect(ingestExitCode([result])).toBe(75);
  // Control: the site itself refusing the connection is the link's failure, not the store's.
  const site = await ingestLink(
    linkThrough(refused, failure('connect ECONNREFUSED 127.0.0.1:443', 'ECONNREFUSED')),
    'https://example.com/ferry',
  );
  expect(describeIngest(site)).toBe('FAILED  https://example.com/ferry: connect ECONNREFUSED 127.0.0.1:443');
  expect(ingestExitCode([site])).toBe(1);
});

it('a damaged database is named and called damaged, not "unavailable, run again"; exit 1, not 75', async () => {
  const results = await oneFileThrough('third.txt', failure('database disk image is malformed', 'SQLITE_CORRUPT'));
  expect(describeIngest(results[0]!, '/srv/newsbrief/data/newsbrief.db')).toMatch(
    /^NOT INGESTED \S*third\.txt: \/srv\/newsbrief\/data\/newsbrief\.db is damaged or is not a newsbrief database \(could not analyse or store: database disk image is malformed\); the file is fine — restore the database from a backup, or set NEWSBRIEF_DB to another file, then run the same command again$/,
  );
  expect(summarizeIngest(results)).toBe(
    '0 added or updated, 0 already stored, 0 skipped, 0 failed, 1 not ingested: the database is damaged, fix it before running again',
  );
  expect(ingestExitCode(results)).toBe(1);
  // Through a link too: a file that is not a database at all.
  const foreign = await ingestLink(
    linkThrough(failure('file is not a database', 'SQLITE_NOTADB'), page),
    'https://example.com/ferry',
  );
  expect(describeIngest(foreign, 'data/newsbrief.db')).toMatch(
    /^NOT INGESTED https:\/\/example\.com\/ferry: data\/newsbrief\.db is damaged or is not a newsbrief database .*the link is fine/,
  );
  expect(ingestExitCode([foreign])).toBe(1);
});
