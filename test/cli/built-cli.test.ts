import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { extractiveEngineKey } from '../../src/app/extractive-engine-key';
import { BUILT_CLI } from '../support/build-cli';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
  NEWSBRIEF_LOG_LEVEL: 'warn',
};

/** Runs dist/newsbrief.js (built from the current sources by the global setup) and lists the packages it loaded. */
function run(args: string[]) {
  const child = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'fixtures/loaded-packages.mjs'), BUILT_CLI, ...args],
    {
      env,
      encoding: 'utf8',
    },
  );
  const loaded = JSON.parse(/LOADED (.*)/.exec(child.stderr)?.[1] ?? '[]') as string[];
  const modules = JSON.parse(/MODULES (.*)/.exec(child.stderr)?.[1] ?? '[]') as string[];
  return { code: child.status, out: child.stdout, err: child.stderr, loaded, modules };
}

it('the shipped CLI is compiled JavaScript: bin points at dist and needs no tsx', () => {
  expect(packageJson.bin.newsbrief).toBe('dist/newsbrief.js');
  expect(packageJson.scripts.prepare).toMatch(/scripts\/build\.js/);
  expect(Object.keys(packageJson.dependencies)).not.toContain('tsx');
  const version = run(['--version']);
  expect(version.out).toBe(`newsbrief ${packageJson.version}\n`);
  expect(version.loaded).toEqual([]);
  expect(version.modules.filter((m) => !m.startsWith('src/cli/'))).toEqual([]);
});

it('runs as its own executable, through plain sh: node starts with the memory settings the launcher names', () => {
  const child = spawnSync(BUILT_CLI, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(child.stderr).toBe('');
  expect(child.stdout).toBe(`newsbrief ${packageJson.version}\n`);
  const [shebang, launcher] = readFileSync(BUILT_CLI, 'utf8').split('\n', 2);
  expect(shebang).toBe('#!/bin/sh');
  expect(launcher).toMatch(
    /^":" \/\/; exec env MALLOC_ARENA_MAX=2 node --optimize-for-size --no-regexp-tier-up "\$0" "\$@"$/,
  );
  // The arguments reach node intact ("$@"), spaces and all.
  const probe = spawnSync(BUILT_CLI, ['brief', 'no such  story'], { encoding: 'utf8', env: { ...env } });
  expect(probe.stdout + probe.stderr).toContain('“no such  story”');
  expect(packageJson.scripts.start).toBe('dist/newsbrief.js start');
});

it('brief and schedules load no platform SDK; tick --help neither', () => {
  expect(run(['ingest', join(import.meta.dirname, '../../samples')]).code).toBe(0);
  const brief = run(['brief', 'ferry']);
  expect(brief.out).toMatch(/^== Harbour council/);
  const schedules = run(['schedules']);
  expect(schedules.code).toBe(0);
  expect(brief.loaded).toContain('better-sqlite3');
  expect(schedules.loaded).toContain('better-sqlite3');
  for (const { loaded } of [brief, schedules, run(['tick', '--help'])]) {
    for (const sdk of ['@slack/bolt', '@slack/web-api', 'discord.js', '@discordjs/rest', 'express', 'tsx', 'openai']) {
      expect(loaded).not.toContain(sdk);
    }
  }
  // The check can fail: tick with a Slack token loads the Slack SDK to post (nothing is due here).
  Object.assign(env, { SLACK_BOT_TOKEN: 'xoxb-not-used', SLACK_APP_TOKEN: 'xapp-not-used' });
  try {
    const tick = run(['tick', '--at', new Date(Date.now() + 60_000).toISOString()]);
    expect(tick.loaded).toEqual(expect.arrayContaining(['@slack/bolt', 'discord.js']));
  } finally {
    delete env.SLACK_BOT_TOKEN;
    delete env.SLACK_APP_TOKEN;
  }
});

// Seven runs of the CLI in a row: the bound is for a loaded machine, not a speed check.
it('brief of a story whose analysis is stored loads neither the NLP engine nor the logger', {
  timeout: 120_000,
}, () => {
  expect(run(['ingest', join(import.meta.dirname, '../../samples')]).code).toBe(0);
  // The compiled CLI stores analyses under the key the sources compute (its hash is a build-time constant).
  const db = new Database(env.NEWSBRIEF_DB!);
  const keys = db.prepare('SELECT DISTINCT engine_key AS key FROM article_analyses').all() as Array<{ key: string }>;
  expect(keys.map((k) => k.key)).toEqual([extractiveEngineKey()]);
  const brief = run(['brief', 'ferry']);
  expect(brief.out).toMatch(/^== Harbour council/);
  expect(brief.modules).toContain('src/store/sqlite/open-sqlite-store.ts');
  for (const engine of ['src/core/analyze-article.ts', 'src/core/answer-question.ts']) {
    expect(brief.modules).not.toContain(engine);
  }
  expect(brief.loaded).not.toContain('pino');
  // Showing a stored brief neither starts ingest workers nor adds anything.
  for (const unneeded of ['src/workers/create-worker-pool.ts', 'src/app/add-article-from-input.ts']) {
    expect(brief.modules).not.toContain(unneeded);
  }

  // The checks can fail: a question loads the answer code, a stale analysis the engine, info logs pino.
  expect(run(['ask', 'ferry', 'who chairs the finance committee?']).modules).toContain('src/core/answer-question.ts');
  expect(run(['ingest', 'https://127.0.0.1:1/not-served']).modules).toContain('src/app/add-article-from-input.ts');
  // A story not stored yet is analysed in the worker pool (a stored one is recognised before).
  const fresh = join(dir, 'fresh.txt');
  writeFileSync(
    fresh,
    `${readFileSync(join(import.meta.dirname, '../../samples/library-sunday-hours.txt'), 'utf8')}\nA new line.\n`,
  );
  expect(run(['ingest', fresh]).modules).toContain('src/workers/create-worker-pool.ts');
  db.prepare('DELETE FROM article_analyses').run();
  db.close();
  const stale = run(['brief', 'ferry']);
  expect(stale.out).toBe(brief.out);
  expect(stale.modules).toContain('src/core/analyze-article.ts');
  env.NEWSBRIEF_LOG_LEVEL = 'info';
  try {
    expect(run(['brief', 'ferry']).loaded).toContain('pino');
  } finally {
    env.NEWSBRIEF_LOG_LEVEL = 'warn';
  }
});

// cold33 (session 33): who is who is kept beside the stored analysis by the first brief, so the next reads it.
it('a brief of a story briefed before reads its stored who is who: who-is-who’s code does not load', () => {
  expect(run(['ingest', join(import.meta.dirname, '../../samples')]).code).toBe(0);
  const db = new Database(env.NEWSBRIEF_DB!);
  db.prepare('UPDATE article_analyses SET who_is_who = NULL').run();
  db.close();
  // The check can fail: a brief with none stored makes it here, and stores it.
  const first = run(['brief', 'ferry']);
  expect(first.modules).toContain('src/core/who-is-who.ts');
  const again = run(['brief', 'ferry']);
  expect(again.code).toBe(0);
  expect(again.out).toBe(first.out);
  expect(again.out).toMatch(/\nWho is who\n/);
  expect(again.modules).not.toContain('src/core/who-is-who.ts');
});

it('ships the large learned JSON as JSON.parse of a string, not as a JavaScript literal (a cold start parses it faster)', () => {
  const chunksDir = join(BUILT_CLI, '../chunks');
  const chunks = readdirSync(chunksDir).map((name) => readFileSync(join(chunksDir, name), 'utf8'));
  // esbuild writes a literal with a space after each comma, and unquoted keys: `"Aaren", "Aarika"`, `won: "win"`.
  for (const [literal, parsed] of [
    [/"Aaren", "Aarika"/, /JSON\.parse\(['"`]\["Aaren","Aarika"/],
    [/\bwon: "win"/, /JSON\.parse\(['"`]\{"lemmas":\{"won":"win"/],
  ] as const) {
    expect(chunks.filter((code) => literal.test(code))).toHaveLength(0);
    expect(chunks.filter((code) => parsed.test(code)).length).toBeGreaterThan(0);
  }
});
