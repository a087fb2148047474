import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { ingestedStore } from '../support/ingested-store';
import { FLYNN_SAMPLE } from '../support/make-test-app';

// Both tests ask about the store `newsbrief ingest` made of the Flynn sample, ingested once.
const storedFlynn = ingestedStore([FLYNN_SAMPLE]);
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-ask-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const io = captureIo(env, []);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('newsbrief ask on the Flynn sample', () => {
  it('says only the headline reports what the body never does', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    const text = await cli(['ask', '1', 'who rejected the request?']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Only the headline says this: “US Senate Intel Committee Rejects Flynn's Request/);
    expect(text.out).not.toContain('Nope');
    const json = JSON.parse((await cli(['ask', '1', 'who rejected the request?', '--json'])).out);
    expect(json).toMatchObject({ answer: null, sentenceIds: [] });
    expect(json.headline).toMatch(/Rejects Flynn's Request/);
    // Asked as yes/no, the same act: the headline's reply, not "the article doesn't say".
    const polar = await cli(['ask', '1', "Did the Senate Intel Committee reject Flynn's request?"]);
    expect(polar.out).toMatch(/^Only the headline says this: “US Senate Intel Committee Rejects Flynn's Request/);
    expect(polar.out).not.toMatch(/doesn['’]t say/);
  });

  it('says a non-question is not a question, not that the question is missing', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    for (const said of ['thanks!', 'ok?']) {
      const { code, err } = await cli(['ask', '1', said]);
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^"${said.replace('?', '\\?')}" is not a question about the story\\.`));
    }
    expect((await cli(['ask', '1'])).err).toMatch(/^The question is missing\./);
    // ux32: the command to complete is the user's own, not the ferry example.
    expect((await cli(['ask', '1'])).err).toMatch(
      /^The question is missing\. Put it last, in quotes: newsbrief ask 1 "<question>"$/m,
    );
    // ux32: "who?" is a question, but of nothing: told so, as the thread tells it, not "not a question".
    for (const said of ['who?', 'really?']) {
      const { code, err } = await cli(['ask', '1', said]);
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^"${said.replace('?', '\\?')}" asks nothing to look up in the story\\.`));
    }
    // A question the shell split ends on a chit-chat word: still the user's question, never called chit-chat.
    const split = await cli(['ask', '1', 'who', 'said', 'no?']);
    expect(split.code).toBe(2);
    expect(split.err).not.toMatch(/not a question/);
  });

  it('takes the story’s words quoted as one argument, as the question is', async () => {
    storedFlynn(env.NEWSBRIEF_DB!);
    for (const story of ['Flynn immunity', 'Senate Intel Committee']) {
      const { code, out, err } = await cli(['ask', story, 'who is Flynn’s attorney?']);
      expect(err, story).toBe('');
      expect(code, story).toBe(0);
      expect(out, story).toContain('Robert Kelner');
    }
    // An id with words after it names no story by search: the reply offers the id.
    const extra = await cli(['ask', '#1 extra', 'who is Flynn’s attorney?']);
    expect(extra.code).toBe(1);
    expect(extra.err).toMatch(/^“#1” followed by words is not read as story #1, so “#1 extra” was searched as words/);
    // The question first is still the mistake it was.
    expect((await cli(['ask', 'who is Flynn’s attorney?', 'Flynn immunity'])).err).toMatch(/^Say which story first/);
    // Without its "?" too: words with a space after it are not the question for that alone.
    expect((await cli(['ask', 'who is Flynn’s attorney', 'Flynn immunity'])).err).toMatch(/^Say which story first/);
    // A later argument without "?" that opens with a question word is still the question.
    const unmarked = await cli(['ask', 'Flynn immunity', 'who is Flynn’s attorney']);
    expect(unmarked.code).toBe(0);
    expect(unmarked.out).toContain('Robert Kelner');
  });
});

describe('newsbrief ask about who wrote the story', () => {
  it('answers from the byline of a file asked with --file, and of the Flynn copy that has none', async () => {
    const ferry = join(import.meta.dirname, '../../samples/harbour-ferry-contract.txt');
    const byline = await cli(['ask', '--file', ferry, 'Who wrote this story?']);
    expect(byline.out.trim()).toBe('The byline is Nadia Okafor, Local Democracy Reporter.');
    const json = JSON.parse((await cli(['ask', '--file', FLYNN_SAMPLE, 'Who is the reporter?', '--json'])).out);
    expect(json.answer).toMatch(/carries no byline/);
  });
});
