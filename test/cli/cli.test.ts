import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { ingestedStore } from '../support/ingested-store';
import { FLYNN_SAMPLE } from '../support/make-test-app';

// Tests about what is done with a stored story start from the store `newsbrief ingest` made of the
// Flynn sample, ingested once; the tests of ingest itself still run it.
const storedFlynn = ingestedStore([FLYNN_SAMPLE]);
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));
  env = { NEWSBRIEF_DB: join(dir, 'db', 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], input: string[] = []) {
  const io = captureIo(env, input);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsbrief CLI', () => {
  it('list on an empty database names it, so a mistyped NEWSBRIEF_DB is noticed', async () => {
    expect(await cli(['list'])).toEqual({
      code: 0,
      out: `No stories stored yet in ${join(dir, 'db', 'newsbrief.db')}. Add some with: newsbrief ingest <file | folder | url>\n`,
      err: '',
    });
  });

  it("says what `list 2` (chat's page) and `list flynn` (a search) are at a shell, and lists nothing", async () => {
    const page = await cli(['list', '2']);
    expect(page.code).toBe(2);
    expect(page.err).toMatch(
      /^list has no pages at a shell \("2"\): `newsbrief list --limit 30` shows the newest 30\./,
    );
    const words = await cli(['list', 'flynn', 'immunity']);
    expect(words.code).toBe(2);
    expect(words.err).toMatch(
      /^list takes no words \("flynn immunity"\); to find a story by its words: `newsbrief brief flynn immunity`/,
    );
    expect(page.out + words.out).toBe('');
    // Control: --limit still lists.
    expect((await cli(['list', '--limit', '5'])).code).toBe(0);
  });

  it('ingests the Flynn story and briefs it without the photo credit or the promo', async () => {
    expect((await cli(['ingest', FLYNN_SAMPLE])).code).toBe(0);
    const { code, out } = await cli(['brief', 'flynn']);
    expect(code).toBe(0);
    const title = out.split('\n')[0]!;
    expect(title).toContain('Flynn');
    expect(title).not.toMatch(/AP Photo|©/);
    expect(out).not.toContain('Strike Back');
    expect(out).toMatch(/“He \[Trump\] believes that Mike Flynn should go testify\.” — (?:Sean )?Spicer/);
    // ux33: Spicer's bare reply to a reporter's question is no key quote (alone it says nothing).
    expect(out).not.toContain('“Nope.”');
    expect(out).toContain('Open questions');
  });

  it('prints the brief as JSON with every Analysis field', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    const { out } = await cli(['brief', 'flynn', '--json']);
    const payload = JSON.parse(out);
    expect(payload.found).toBe(true);
    for (const field of ['title', 'sentences', 'summary', 'quotes', 'statements', 'questions', 'entities']) {
      expect(payload.analysis).toHaveProperty(field);
    }
    const kelner = payload.analysis.entities.find((e: { name: string }) => e.name === 'Robert Kelner');
    expect(kelner?.role).toMatch(/attorney/i);
  });

  it('gives not-found suggestions as JSON in the shape of `others`, with no internal field or article text', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    for (const query of ['#1 zzqx', '#1 Flynn']) {
      const { code, out } = await cli(['brief', query, '--json']);
      expect(code).toBe(1);
      const payload = JSON.parse(out);
      expect(payload).toMatchObject({ found: false, query, suggestions: [{ id: 1 }] });
      for (const suggestion of payload.suggestions)
        expect(Object.keys(suggestion).sort()).toEqual(
          ['id', 'ingestedAt', 'publishedAt', 'score', 'source', 'title', 'url'].sort(),
        );
    }
  });

  it('re-ingesting the same file does not duplicate it', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    const again = await cli(['ingest', FLYNN_SAMPLE, '--json']);
    expect(JSON.parse(again.out.trim()).outcome).toBe('unchanged');
  });

  it('reports bad files one by one, stores the good ones and exits 1', async () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { code, out } = await cli(['ingest', empty, binary, FLYNN_SAMPLE, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(out).toMatch(/FAILED.*empty\.txt: empty file/);
    expect(out).toMatch(/FAILED.*photo\.txt: binary/);
    expect(out).toMatch(/FAILED.*missing\.txt/);
    expect(out).toContain('1 added or updated');
    expect((await cli(['brief', 'flynn'])).code).toBe(0);
  });

  it('answers with cited sentences, and null when the article does not say', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    const known = JSON.parse((await cli(['ask', 'flynn', "Who is Flynn's attorney?", '--json'])).out);
    expect(known.answer).toMatch(/Kelner/);
    expect(known.sentenceIds.length).toBeGreaterThan(0);
    const unknown = JSON.parse(
      (await cli(['ask', '--file', FLYNN_SAMPLE, 'What is the capital of Peru?', '--json'])).out,
    );
    expect(unknown).toEqual({ answer: null, sentenceIds: [] });
  });

  it('analyze --json prints one object per file with its file name', async () => {
    const { out, code } = await cli(['analyze', FLYNN_SAMPLE, join(dir, 'missing.txt'), '--json']);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].file).toBe(FLYNN_SAMPLE);
    expect(lines[0].quotes.length).toBeGreaterThan(2);
    expect(lines[1]).toMatchObject({ file: join(dir, 'missing.txt') });
    expect(lines[1].error).toBeTruthy();
  });

  it('analyze briefs a file it does not store: no id, no date added, "not stored"', async () => {
    const { out, code } = await cli(['analyze', FLYNN_SAMPLE]);
    expect(code).toBe(0);
    const [title, subtitle] = out.split('\n');
    expect(title).toMatch(/^== .*Flynn/);
    // The brief of a stored story says when it was added; this one was never added.
    expect(subtitle).not.toMatch(/added/);
    expect(subtitle).toContain('flynn');
    expect(out).toContain('Key quotes');
    expect(out).toMatch(/-- extractive · not stored\n/);
    expect(out).not.toMatch(/#0|reply in this thread/);
    expect((await cli(['list'])).out).not.toMatch(/Flynn/);
  });

  it('start reads /brief commands and follow-up questions from a pipe', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    const { code, out } = await cli(
      ['start'],
      ['/brief flynn', "who is Flynn's attorney?", 'thanks!', 'what colour is the sky?'],
    );
    expect(code).toBe(0);
    expect(out).toContain('Key quotes');
    expect(out).toMatch(/Kelner/);
    // "thanks!" is chit-chat, not a question: only the sky question gets "doesn't say", once.
    expect(out.split("The article doesn't say")).toHaveLength(2);
  });

  it('explains usage mistakes and configuration problems with exit code 2', async () => {
    expect((await cli(['brief'])).err).toMatch(/Which story\?[\s\S]*Usage: newsbrief brief/);
    expect((await cli(['frobnicate'])).code).toBe(2);
    env.NEWSBRIEF_TZ = 'Mars/Olympus';
    const bad = await cli(['brief', 'flynn']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('NEWSBRIEF_TZ');
  });
});
