import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { CLI_COMMANDS } from '../../src/cli/cli-commands';
import { resolveDatabasePath } from '../../src/cli/with-runtime';
import { loadConfig } from '../../src/config/load-config';
import { projectPath } from '../../src/project-path';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { inProcessCli } from './in-process-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

const _SAMPLES = projectPath('samples');
let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-conventions-'));
  env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = inProcessCli(() => env, pool);

describe('the command line behaves like gh, npm and git', () => {
  it('--version prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await cli([flag])).toEqual({ code: 0, out: `newsbrief ${packageJson.version}\n`, err: '' });
    }
  });

  it('every subcommand answers --help with its usage and examples, and does nothing else', async () => {
    for (const { name } of CLI_COMMANDS) {
      const { code, out, err } = await cli([name, '--help']);
      expect(code, name).toBe(0);
      expect(out, name).toMatch(new RegExp(`^newsbrief ${name} — [\\s\\S]*Usage:[\\s\\S]*Examples:`));
      expect(err, name).toBe('');
    }
    // `start --help` must not start the bot: no start-up line, nothing read from input.
    const start = await cli(['start', '-h'], ['/brief ferry']);
    expect(start.out).not.toContain('Key quotes');
    expect(start.err).not.toContain('database');
    expect((await cli(['help', 'brief'])).out).toContain('newsbrief brief <words from the story | id>');
  });

  it('start from a pipe on a first run lists the samples it stored after its first line, off the transcript', async () => {
    const { err, out } = await cli(['start'], ['/brief ferry']);
    expect(err.split('\n').slice(1, 3)).toEqual([
      'First run: stored 3 sample stories from samples/ —',
      '  #1 Harbour council delays vote on ferry contract after cost questions',
    ]);
    expect(out).toMatch(/^> \/brief ferry\n== Harbour council/);
    // A second run stored nothing, so says nothing of samples.
    expect((await cli(['start'], ['/brief list'])).err).not.toContain('First run');
  });

  it('help speaks a newsroom’s words: what ingest refuses or passes over, and no type names', async () => {
    const ingest = (await cli(['ingest', '--help'])).out;
    expect(ingest).toMatch(/a pasted attachment, encoded data, a dump of\s+figures or a file of links is refused/);
    expect(ingest).toContain('already #<id>');
    for (const { name } of CLI_COMMANDS) {
      const { out } = await cli([name, '--help']);
      expect(out, name).not.toMatch(/\bAnalysis\b|without tokens/);
    }
  });

  it('names the closest command for a typo, exit 2', async () => {
    const typo = await cli(['brfe', 'ferry']);
    expect(typo).toMatchObject({ code: 2, out: '' });
    expect(typo.err.split('\n')[0]).toBe("Unknown command 'brfe' — did you mean brief?");
    expect((await cli(['shedules'])).err).toContain('did you mean schedules?');
    const far = await cli(['frobnicate']);
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/^Unknown command 'frobnicate'\.\nRun `newsbrief help`/);
  });

  it('an unknown option where a command belongs is called an option, with the closest one', async () => {
    const typo = await cli(['--versions']);
    expect(typo.code).toBe(2);
    expect(typo.err.split('\n')[0]).toBe("Unknown option '--versions' — did you mean --version?");
    expect((await cli(['--hlep'])).err).toContain('did you mean --help?');
    const far = await cli(['--frobnicate']);
    expect(far.err.split('\n')[0]).toBe("Unknown option '--frobnicate'.");
    expect(far.out).toBe('');
  });

  it('explains an unknown option plainly, with the usage, never the parser message', async () => {
    const { code, err } = await cli(['brief', 'ferry', '--jsn']);
    expect(code).toBe(2);
    expect(err).toBe(
      'Unknown option --jsn — did you mean --json?\nUsage: newsbrief brief <words from the story | id> [--json]\nMore: newsbrief brief --help\n',
    );
    expect((await cli(['tick', '--at'])).err).toMatch(/^Option --at needs a value\./);
    // register-discord takes nothing: a guild given as an option is refused, not ignored (which
    // would register globally); the refusal comes before any request.
    env = { ...env, DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: 'http://127.0.0.1:9/api' };
    const guild = await cli(['register-discord', '--guild', '123']);
    expect(guild.code).toBe(2);
    expect(guild.err.split('\n')[0]).toBe('Unknown option --guild.');
    // The parser reads "-3" as an option; the message says how to give such a value.
    expect((await cli(['list', '--limit', '-3'])).err.split('\n')[0]).toBe(
      'Option --limit needs a value; one that starts with "-" is written --limit=<value>.',
    );
    expect((await cli(['list', '--limit=-3'])).err.split('\n')[0]).toBe(
      '--limit takes a whole number from 1 to 10000.',
    );
    const extra = await cli(['tick', '--at', '2026-12-02T09:00:00Z', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.err.split('\n')[0]).toBe('Unexpected "extra": nothing goes there.');
  });

  it('export and import say which file is missing, or which word is one too many, as sentences', async () => {
    const first = async (args: string[]) => {
      const { code, err } = await cli(args);
      expect(code).toBe(2);
      return err.split('\n')[0];
    };
    expect(await first(['export'])).toBe(
      'Name the file to write, e.g. `newsbrief export newsroom.jsonl` (- writes to standard output).',
    );
    expect(await first(['export', 'a.jsonl', 'b.jsonl'])).toBe('Unexpected "b.jsonl": export writes one file.');
    expect(await first(['import'])).toBe('Name the export file to read, e.g. `newsbrief import newsroom.jsonl`.');
    expect(await first(['import', 'a.jsonl', 'b.jsonl'])).toBe('Unexpected "b.jsonl": import reads one file.');
  });
});

describe('the default database path', () => {
  it('is inside the newsbrief folder whatever the current directory', () => {
    const before = process.cwd();
    try {
      process.chdir(dir);
      const config = resolveDatabasePath(loadConfig({}));
      expect(config.NEWSBRIEF_DB).toBe(projectPath('data', 'newsbrief.db'));
      expect(resolveDatabasePath(loadConfig({ NEWSBRIEF_DB: '/srv/news.db' })).NEWSBRIEF_DB).toBe('/srv/news.db');
    } finally {
      process.chdir(before);
    }
  });
});
