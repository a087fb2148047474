import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { tempStoreCli } from '../support/temp-store-cli';

// ux38 (session 37): a 4 MB article under load hit the 60 s analysis limit and was told only
// "analysing the article took longer than 60 s": not its size, nor what to do. A pasted one got
// "Sorry, that failed". The limit is now a setting, and the message says the size, the limit,
// how to split the text and how to raise the limit. (A 2 MB text takes seconds to analyse, far
// past the 1 s limit set here; the pool's own test stops one at 200 ms the same way.)
const { dir } = tempStoreCli('newsbrief-time-limit-');

/** Written prose, paragraph after paragraph, each a little different, to about `bytes` bytes. */
function longReport(bytes: number): string[] {
  const paragraphs = ['Harbour board minutes, the whole year'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = `At meeting ${i + 1} the harbour board heard that berth ${(i % 40) + 1} needed repairs costing £${(i % 90) + 10},000, and the chair, Ruth Alder, said the work would start within ${(i % 11) + 2} weeks.`;
    paragraphs.push('', line);
    size += line.length + 2;
  }
  return paragraphs;
}

const env = () => ({
  NEWSBRIEF_DB: join(dir(), 'newsbrief.db'),
  NEWSBRIEF_LOG_LEVEL: 'silent',
  NEWSBRIEF_INGEST_TIMEOUT_SECONDS: '1',
});

it('ingest past the limit says the size, the limit, how to split the text and how to raise the limit', async () => {
  const file = join(dir(), 'harbour-minutes.txt');
  writeFileSync(file, `${longReport(2 * 1024 * 1024).join('\n')}\n`);
  const io = captureIo(env(), []);
  expect(await runCli(['ingest', file], io)).toBe(1);
  expect(io.out()).toContain(
    'analysing this article (2.0 MB) took longer than the 1 s limit: split it into parts of 1 MB or less and add each, or raise NEWSBRIEF_INGEST_TIMEOUT_SECONDS (in .env) and try again',
  );
}, 120_000);

it('a paste past the limit in the console is told the same, not "Sorry, that failed"', async () => {
  const io = captureIo(env(), ['/brief add', ...longReport(2 * 1024 * 1024), '.']);
  expect(await runCli(['start'], io)).toBe(0);
  expect(io.out()).toContain(
    'Not added: analysing this article (2.0 MB) took longer than the 1 s limit: split it into parts of 1 MB or less',
  );
  expect(io.out()).not.toContain('Sorry, that failed');
}, 120_000);

it('control (same on main): an ordinary article is analysed well within the limit', async () => {
  const file = join(dir(), 'harbour-short.txt');
  writeFileSync(file, `${longReport(2_000).join('\n')}\n`);
  const io = captureIo({ ...env(), NEWSBRIEF_INGEST_TIMEOUT_SECONDS: undefined }, []);
  expect(await runCli(['ingest', file], io)).toBe(0);
  expect(io.out()).toContain('1 added or updated');
});
