import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { type LocalServer, startLocalServer } from '../ingest/local-http-server';
import { captureIo } from '../support/capture-io';
import { sharedWorkerPool } from '../support/shared-worker-pool';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

const page = readFileSync(join(import.meta.dirname, '../ingest/fixtures/council-budget.html'), 'utf8');
const TITLE = 'Council approves £42m road repair budget after late-night vote';

let dir: string;
let server: LocalServer;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-links-'));
  server = await startLocalServer({
    '/story': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

// The log level is left at its default: what a user at a shell sees on stderr is part of the test.
async function cli(args: string[]) {
  const io = captureIo({ NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_FETCH_ALLOW_PRIVATE: 'true' }, [], pool);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsbrief ingest <url>', () => {
  it('reports a link as it reports a file: what the store did, and the counts', async () => {
    const url = `${server.origin}/story`;
    const first = await cli(['ingest', url]);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`added   #1 ${TITLE} (${url})\n1 added or updated, 0 already stored, 0 skipped, 0 failed\n`);

    const again = await cli(['ingest', url]);
    expect(again.out).toBe(`already #1 ${TITLE} (${url})\n0 added or updated, 1 already stored, 0 skipped, 0 failed\n`);
    const json = JSON.parse((await cli(['ingest', url, '--json'])).out);
    expect(json).toEqual({ path: url, ok: true, articleId: 1, outcome: 'unchanged', title: TITLE });
  });

  it('gives a failed link one line with the reason, never its password, and keeps what is stored', async () => {
    const url = `${server.origin}/story`;
    await cli(['ingest', url]);
    const withPassword = url.replace('http://', 'http://editor:s3cret@');
    const { code, out, err } = await cli(['ingest', `${server.origin}/gone`, withPassword, 'https://']);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `FAILED  ${server.origin}/gone: ${server.origin.slice('http://'.length)} answered HTTP 404 Not Found.`,
      `FAILED  ${url.replace('http://', 'http://REDACTED@')}: Links with a user name or password in them are not fetched.`,
      'FAILED  https://: not a valid link (http:// or https:// and a site name)',
      '0 added or updated, 0 already stored, 0 skipped, 3 failed',
      '',
    ]);
    // The reasons are on stdout once; no JSON log line repeats them on stderr.
    expect(err).toBe('');
    expect(`${out}${err}`).not.toContain('s3cret');
    expect((await cli(['list'])).out).toContain(TITLE);
  });

  it('names a link it cannot fetch as a link, and says how to write a web address typed without https://', async () => {
    const { code, out } = await cli([
      'ingest',
      'ftp://files.example.org/story.txt',
      'example.org/news/story',
      'gone.txt',
      'notes.docx',
      'story.pdf',
      'www.example.org',
    ]);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'FAILED  ftp://files.example.org/story.txt: only http:// and https:// links can be fetched',
      'FAILED  example.org/news/story: not found (no such file, or a broken symbolic link); for a web page, write the link with https://',
      'FAILED  gone.txt: not found (no such file, or a broken symbolic link)',
      // File names are not read as sites: no hint about https:// for them.
      'FAILED  notes.docx: not found (no such file, or a broken symbolic link)',
      'FAILED  story.pdf: not found (no such file, or a broken symbolic link)',
      'FAILED  www.example.org: not found (no such file, or a broken symbolic link); for a web page, write the link with https://',
      '0 added or updated, 0 already stored, 0 skipped, 6 failed',
      '',
    ]);
  });
});
