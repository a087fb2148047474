import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { notProse } from '../../src/ingest/not-prose';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE, makeTestApp } from '../support/make-test-app';

/** 1.5 MB of varied bytes as one base64 run (2 MB of text), as an attachment pasted by mistake. */
const BLOB = Buffer.from(Array.from({ length: 1_500_000 }, (_, i) => (i * 7919) % 256)).toString('base64');
/** The same encoding wrapped at 76 columns, as e-mail and `base64` print it: no long run, no words. */
const WRAPPED = BLOB.slice(0, 20_000).replace(/(.{76})/g, '$1\n');
const FIGURES = Array.from({ length: 120 }, (_, i) => `${2001 + i},${(i * 3.5).toFixed(1)},${i * i},-${i % 7}`).join(
  '\n',
);

describe('notProse', () => {
  it('names what is wrong with encoded data and tables of figures', () => {
    expect(notProse(BLOB)).toMatch(/one unbroken run of 2,000,000 characters/);
    expect(notProse(WRAPPED)).toMatch(/only 0% of it is ordinary words/);
    expect(notProse(FIGURES)).toMatch(/only \d+% of it is ordinary words/);
    // A long address inside real prose is not a blob: the run must be most of the text.
    const prose = readFileSync(FLYNN_SAMPLE, 'utf8');
    expect(notProse(`${prose} https://example.org/${'a'.repeat(1200)}`)).toBeUndefined();
  });

  const roots = ['bbc/article', 'polnear/article'].map((d) => join(DEFAULT_EVAL_DIR, d));
  it.runIf(roots.every(existsSync))('refuses none of the BBC and PolNeAR articles', () => {
    const refused: string[] = [];
    let read = 0;
    for (const file of roots.flatMap(filesUnder)) {
      read++;
      const why = notProse(readFileSync(file, 'utf8'));
      if (why) refused.push(`${file}: ${why}`);
    }
    expect(read).toBeGreaterThan(1000);
    expect(refused).toEqual([]);
  });
});

describe('refusing data on ingest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-not-prose-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('chat add says why and stores nothing', async () => {
    const t = await makeTestApp({ dbPath: join(dir, 'chat.db') });
    try {
      const added = await t.app.addArticle(WRAPPED, 'U1');
      expect(added.ok).toBe(false);
      expect(added.message).toMatch(/^Not added: only 0% of it is ordinary words; it looks like data/);
      expect(await t.store.articles.count()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('the CLI ingest lists the file as failed with the reason and stores nothing', async () => {
    writeFileSync(join(dir, 'attachment.txt'), BLOB);
    const io = captureIo({ NEWSBRIEF_DB: join(dir, 'cli.db') });
    const code = await runCli(['ingest', join(dir, 'attachment.txt')], io);
    expect(code).not.toBe(0);
    expect(io.out()).toContain('not an article: it is mostly one unbroken run of 2,000,000 characters');
    expect(io.out()).toContain('0 added or updated');
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
