import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../src/cli/cli-commands';
import { readTextFile } from '../../src/ingest/read-text-file';
import { projectPath } from '../../src/project-path';
import { ingestedStore } from '../support/ingested-store';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { inProcessCli } from './in-process-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

const SAMPLES = projectPath('samples');
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-arguments-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = inProcessCli(() => env, pool);

describe('ask, analyze and ingest arguments', () => {
  // Every test starts from the three samples stored by `newsbrief ingest samples`, run once.
  const storedSamples = ingestedStore([SAMPLES], pool);
  beforeEach(() => storedSamples(env.NEWSBRIEF_DB!));

  it('the examples in help work on the sample stories', async () => {
    const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    // Written for any POSIX shell: no command substitution, whose tools differ (GNU `date -d`).
    // Nor a server only the reader has (`--to postgres://db.internal/…`): that goes in the details.
    for (const example of CLI_COMMANDS.flatMap((c) => c.examples)) expect(example).not.toMatch(/\$\(|`|:\/\//);
    // Nor a file only this workspace has: a newsroom's clone holds samples/, not ../shared (eval's
    // labelled data is a developer's, and its default says so).
    for (const { name, examples } of CLI_COMMANDS.filter((c) => c.name !== 'eval'))
      for (const example of examples) expect(example, name).not.toMatch(/\.\.\//);
    const runnable = CLI_COMMANDS.filter((c) =>
      ['list', 'brief', 'ask', 'analyze', 'tick', 'schedules', 'ingest'].includes(c.name),
    );
    for (const example of runnable.flatMap((c) => c.examples)) {
      const [, ...args] = words(example);
      const { code, out } = await cli(args.map((a) => (a.startsWith('samples') ? projectPath(a) : a)));
      expect(code, example).toBe(0);
      if (example.includes(' ask ')) expect(out, example).not.toMatch(/"answer":null|doesn't say/);
    }
    // The file's first analyses load the engine and its models: this test pays for that, which the
    // conventions file's earlier tests paid for when both lived there.
  }, 60_000);

  it('ask refuses words after the question instead of answering them', async () => {
    const extra = await cli(['ask', 'ferry', 'who chairs the finance committee?', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.err).toMatch(/^"extra" comes after the question; the question goes last, in quotes/);
    // Nothing at all, or a file and no question: said plainly (these once threw a TypeError).
    const bare = await cli(['ask']);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/^Say which story and the question: newsbrief ask ferry "who chairs the committee\?"\n/);
    const fileOnly = await cli(['ask', '--file', projectPath('samples/harbour-ferry-contract.txt')]);
    expect(fileOnly.code).toBe(2);
    expect(fileOnly.err).toMatch(/^The question is missing: newsbrief ask --file <path> /);
    const missing = await cli(['ask', 'ferry']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^The question is missing\./);
    const answered = JSON.parse((await cli(['ask', 'ferry', 'who chairs the finance committee?', '--json'])).out);
    expect(answered.answer).toMatch(/Helen Marsh/);
  });

  it('ask gives an unquoted question back whole, quoted, instead of an example question', async () => {
    // The shell split `ask ferry who chairs the finance committee?` into words.
    const split = await cli(['ask', 'ferry', 'who', 'chairs', 'the', 'finance', 'committee?']);
    expect(split.code).toBe(2);
    expect(split.err).toMatch(
      /^Put the question in quotes, as one argument: newsbrief ask ferry 'who chairs the finance committee\?'\n/,
    );
    // Ending in a word that is no question on its own ("no?") changes nothing: it is the question's end.
    expect((await cli(['ask', '1', 'who', 'said', 'no?'])).err).toMatch(
      /^Put the question in quotes, as one argument: newsbrief ask 1 'who said no\?'\n/,
    );
    // A yes/no question split by the shell opens with an auxiliary.
    expect((await cli(['ask', 'ferry', 'did', 'the', 'council', 'approve', 'it?'])).err).toMatch(
      /^Put the question in quotes, as one argument: newsbrief ask ferry 'did the council approve it\?'\n/,
    );
    const file = join(SAMPLES, 'library-sunday-hours.txt');
    const fromFile = await cli(['ask', '--file', file, 'when', "won't", 'it', 'open']);
    expect(fromFile.err).toMatch(/^Put the question in quotes, as one argument: newsbrief ask --file \S+\.txt /);
    expect(fromFile.err).toContain(` '${"when won'\\''t it open"}'\n`);
  });

  it('ask --json prints JSON when no story matches', async () => {
    const { code, out } = await cli(['ask', 'nomatchzz', 'who is quoted?', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      answer: null,
      sentenceIds: [],
      error: 'No stored story matches “nomatchzz” in its title, text or names.',
    });
  });

  it('analyze accepts a folder as ingest does', async () => {
    const { code, out } = await cli(['analyze', SAMPLES, '--json']);
    expect(code).toBe(0);
    const files = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).file as string);
    expect(files.map((f) => f.replace(`${SAMPLES}/`, ''))).toEqual([
      'harbour-ferry-contract.txt',
      'library-sunday-hours.txt',
      'riverside-waiting-lists.txt',
    ]);
  });

  it('one 200-character rule: ingest and analyze refuse a stub as chat add does', async () => {
    const stub = join(dir, 'stub.txt');
    writeFileSync(stub, 'hello');
    const html = join(dir, 'hi.html');
    writeFileSync(html, '<p>hi</p>');
    const ingest = await cli(['ingest', stub, html]);
    expect(ingest.code).toBe(1);
    expect(ingest.out).toMatch(
      /FAILED +.*stub\.txt: too short to be an article: that is 5 characters; an article needs at least 200/,
    );
    expect(ingest.out).toMatch(/FAILED +.*hi\.html: too short to be an article/);
    expect((await cli(['analyze', stub])).err).toMatch(/needs at least 200/);
    const chat = await cli(['start'], ['/brief add hello']);
    expect(chat.out).toMatch(/That is 5 characters; an article needs at least 200/);
    // ux34: "/brief add x" (a day-one slip) was told "That is 1 characters".
    const one = await cli(['start'], ['/brief add x']);
    expect(one.out).toMatch(/That is 1 character; an article needs at least 200/);
  });

  it('an unsupported file named on purpose fails clearly (exit 1); inside a folder it is passed over', async () => {
    const pdf = join(dir, 'notes.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const named = await cli(['ingest', pdf]);
    expect(named.code).toBe(1);
    expect(named.out).toContain(`FAILED  ${pdf}: .pdf is not an article type (.txt, .md, .html, .htm)`);
    expect(named.out).not.toMatch(/skipped:/);
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'folder', 'story.txt'), `Headline\n\n${'A sentence about the council. '.repeat(10)}`);
    const folder = await cli(['ingest', join(dir, 'folder')]);
    expect(folder.code).toBe(0);
    expect(folder.out).toMatch(/skipped .*notes\.pdf: \.pdf is not an article type/);
  });

  it('analyze and ask --file refuse a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const analyze = await cli(['analyze', fifo]);
    expect(analyze).toMatchObject({ code: 1, err: `${fifo}: not a regular file\n` });
    const ask = await cli(['ask', '--file', fifo, 'who is quoted?', '--json']);
    expect(ask.code).toBe(1);
    expect(JSON.parse(ask.out)).toMatchObject({ answer: null, error: `${fifo}: not a regular file` });
    expect((await readTextFile(fifo, 1024)).ok).toBe(false);
    // A folder where one file goes is named as such.
    expect((await cli(['ask', '--file', dir, 'who is quoted?'])).err).toBe(
      `${dir}: a folder, not a file: name one article file in it\n`,
    );
  });

  it('suggests CLI forms at a shell, not chat ones', async () => {
    const near = await cli(['brief', 'fery contrct']);
    expect(near.code).toBe(1);
    expect(near.out).toMatch(
      /Closest titles\n {2}• Harbour council delays vote on ferry contract after cost questions \(newsbrief brief 1\)/,
    );
    expect(near.out).not.toContain('/brief');
    const none = await cli(['brief', 'zzqx']);
    expect(none.out).toContain('newsbrief ingest <file | folder | url>');
    expect(none.out).not.toContain('/brief');
    const byId = (await cli(['brief', '1'])).out;
    expect(byId).toMatch(/^== Harbour council delays vote/);
    // At a shell there is no thread and no /brief: the brief says how to ask, and lists the
    // other stories with the command that briefs them.
    // "council" is in the libraries story too: it is listed as another match.
    const byWords = (await cli(['brief', 'council'])).out;
    expect(byWords).toContain('\n-- #1 · extractive · ask about it: newsbrief ask 1 "<question>"\n');
    expect(byWords).toContain('• City libraries to close on Sundays as trustees cut £1.2m (newsbrief brief 2)');
    expect(byWords).not.toMatch(/\/brief|this thread/);
  });

  it('list shows recent stories; delete removes one with its analyses', async () => {
    const listed = await cli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^#3 {2}\d{4}-\d\d-\d\d {2}Riverside hospital/),
      expect.stringMatching(/^#2 {2}.*City libraries/),
      expect.stringMatching(/^#1 {2}.*Harbour council/),
    ]);
    expect(JSON.parse((await cli(['list', '--limit', '1', '--json'])).out).stories).toHaveLength(1);
    expect((await cli(['list', '--limit', 'x'])).code).toBe(2);

    // The same story named twice is deleted once, without a "No story #1" after it; a channel's
    // follow-up of it is named, with how to stop it.
    expect((await cli(['start'], ['/brief follow ferry 09:00 UTC'])).code).toBe(0);
    const deleted = await cli(['delete', '1', '#1']);
    expect(deleted).toEqual({
      code: 0,
      out:
        'Deleted #1 “Harbour council delays vote on ferry contract after cost questions”, with its analyses; a question in its thread is told it is gone.\n' +
        '  s1 in console:terminal still follows it: its next post says the story is gone, and then it stops (remove it with /brief unfollow s1).\n',
      err: '',
    });
    expect((await cli(['brief', 'ferry'])).code).toBe(1);
    expect(await cli(['delete', '1'])).toMatchObject({
      code: 1,
      err: 'There is no story #1.\nSee every stored story and its id with newsbrief list.\n',
    });
    expect((await cli(['delete', 'ferry'])).code).toBe(2);
    // The usage names what delete takes: several ids, and --json.
    const help = (await cli(['delete', '--help'])).out;
    expect(help).toContain('Usage:\n  newsbrief delete <id>... [--json]');
    // What the store removes (analyses of every engine, search entries, resolved questions, a
    // model's cached results); the analyses are stored data, not only a cache.
    expect(help).toContain('with their analyses, search entries and resolved questions');
    expect(help).toMatch(/model's cached results for the story's text go too/);
    expect(help).not.toMatch(/cached analyses/);
    expect(JSON.parse((await cli(['delete', '2', '--json'])).out)).toMatchObject({ id: 2, deleted: true });
  });

  it('start names the database in its first line', async () => {
    const { err } = await cli(['start'], ['/brief ferry']);
    expect(err.split('\n')[0]).toBe(
      `newsbrief: database ${env.NEWSBRIEF_DB} (3 stored stories); console chat (no Slack or Discord token set).`,
    );
  });
});
